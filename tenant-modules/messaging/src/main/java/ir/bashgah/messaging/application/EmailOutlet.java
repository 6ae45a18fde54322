package ir.bashgah.messaging.application;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.domain.message.ClaimedMessage;
import ir.bashgah.messaging.domain.message.EmailGateway;
import ir.bashgah.messaging.domain.message.Gateway;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Email goes out through the platform's SMTP server, from the platform's address under the club's name. */
@ApplicationScoped
public class EmailOutlet implements ChannelOutlet {
  @Inject EmailGateway gateway;
  @Inject TenantDirectory tenants;

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public Outlet open() {
    String club = tenants.find(TenantContext.require().slug()).map(t -> t.name()).orElse(null);
    return new Outlet() {
      @Override
      public String provider() {
        return gateway.name();
      }

      @Override
      public Gateway.Result send(ClaimedMessage m) {
        String subject = m.subject() == null || m.subject().isBlank() ? club : m.subject();
        return gateway.send(m.id(), new EmailGateway.Email(m.recipient(), club, subject == null ? "" : subject, m.text()));
      }
    };
  }
}
