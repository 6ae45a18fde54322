package ir.bashgah.members.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.members.application.CardView;
import ir.bashgah.members.application.ChangeCardStatus;
import ir.bashgah.members.application.FindMembers;
import ir.bashgah.members.application.ReplaceCard;
import ir.bashgah.web.api.Idempotent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** One card by its number (M3): read it, suspend, reactivate or block it, replace it when lost. */
@ApplicationScoped
@Path("/v1/cards/{cardNumber}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CardsResource {
  @Inject FindMembers find;
  @Inject ChangeCardStatus status;
  @Inject ReplaceCard replace;

  @GET
  @Allowed(Permission.MEMBERS_READ)
  public CardView get(@PathParam("cardNumber") String cardNumber) {
    return find.card(cardNumber);
  }

  /** {"status": "ACTIVE|SUSPENDED|BLOCKED", "reason"}: a suspension is undone both ways; a block is final. */
  @PUT
  @Path("status")
  @Allowed(Permission.MEMBERS_WRITE)
  public CardView changeStatus(@PathParam("cardNumber") String cardNumber, ChangeCardStatus.StatusForm body) {
    return status.change(cardNumber, body);
  }

  /** {"reason"} → 201 with the new card; the old one is REPLACED, the member keeps every point and rial of credit. */
  @POST
  @Path("replace")
  @Allowed(Permission.MEMBERS_WRITE)
  @Transactional
  @Idempotent(required = false)
  public Response replace(@PathParam("cardNumber") String cardNumber, ReplaceCard.ReplaceForm body) {
    return Response.status(Response.Status.CREATED).entity(replace.replace(cardNumber, body)).build();
  }
}
