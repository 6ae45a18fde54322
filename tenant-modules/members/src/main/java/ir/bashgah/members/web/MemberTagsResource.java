package ir.bashgah.members.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.members.application.TagMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Tags on a member (B2): PUT puts one on, DELETE takes it off; both answer the member's tags. */
@ApplicationScoped
@Path("/v1/members/{memberCode}/tags/{tag}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@RequiresFeature("B2")
public class MemberTagsResource {
  @Inject TagMember tags;

  @PUT
  @Allowed(Permission.MEMBERS_WRITE)
  public TagMember.Tags add(@PathParam("memberCode") String memberCode, @PathParam("tag") String tag) {
    return tags.add(memberCode, tag);
  }

  @DELETE
  @Allowed(Permission.MEMBERS_WRITE)
  public TagMember.Tags remove(@PathParam("memberCode") String memberCode, @PathParam("tag") String tag) {
    return tags.remove(memberCode, tag);
  }
}
