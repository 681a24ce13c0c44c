package org.bihuan.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** 人员: a person of the OA directory, with the login the OA system sends to-dos to. */
@Entity
public class DirectoryPerson extends PanacheEntityBase {

  @Id public UUID id;

  /**
   * Insertion order, the key of list pages; read from the database (not fetched back after an
   * insert, so that a snapshot's inserts go in JDBC batches).
   */
  @Column(insertable = false, updatable = false)
  public Long seq;

  public String externalId;
  public String name;
  public String unitExternalId;

  /** The OA login (登录名): the receiver of the person's to-dos, and his token subject. */
  public String login;

  /**
   * The login's key ({@code Logins.key}): what a token subject and other logins are compared by.
   */
  public String loginKey;

  public String mobile;

  /**
   * The mobile's key ({@code Mobiles.key}: eleven digits, no country code; null when the mobile is
   * none): a login or a {@code phone_number}/{@code mobile} claim that is a mobile names the one
   * person with this key (docs/decisions/0246).
   */
  public String mobileKey;

  public boolean sealed;
  public Instant createdAt;
  public Instant updatedAt;
  public Instant sealedAt;
  @Version public long version;
}
