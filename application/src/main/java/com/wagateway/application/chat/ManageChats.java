package com.wagateway.application.chat;

import com.wagateway.application.paging.OffsetCursor;
import com.wagateway.application.paging.Page;
import com.wagateway.application.tenant.ProviderRouter;
import com.wagateway.application.tenant.TenantResolver;
import com.wagateway.domain.chat.DisappearingTimer;
import com.wagateway.domain.chat.ProviderChat;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.TenantId;
import com.wagateway.domain.port.Chats;
import com.wagateway.domain.port.Operation;
import java.time.Instant;

/**
 * Use cases of the chats the provider keeps: list and read them, and change the tenant's settings
 * on one. Each goes to the tenant's provider, after the capability check.
 */
public final class ManageChats {
  public static final int MAX_PAGE = 100;

  private final TenantResolver tenants;
  private final ProviderRouter router;

  public ManageChats(TenantResolver tenants, ProviderRouter router) {
    this.tenants = tenants;
    this.router = router;
  }

  /** Paged by position: the cursor carries the provider's offset of the next page. */
  public Page<ProviderChat> list(TenantId tenantId, String cursor, int limit) {
    int offset = OffsetCursor.offset(cursor, limit, MAX_PAGE);
    ProviderAccount account = account(tenantId);
    return OffsetCursor.page(
        chats(account, Operation.CHATS_LIST).list(account, offset, limit), offset, limit);
  }

  public ProviderChat get(TenantId tenantId, String chatId) {
    ProviderAccount account = account(tenantId);
    return chats(account, Operation.CHATS_GET).get(account, chatId);
  }

  public void archive(TenantId tenantId, String chatId, boolean archived) {
    ProviderAccount account = account(tenantId);
    chats(account, Operation.CHATS_ARCHIVE).archive(account, chatId, archived);
  }

  public void pin(TenantId tenantId, String chatId, boolean pinned) {
    ProviderAccount account = account(tenantId);
    chats(account, Operation.CHATS_PIN).pin(account, chatId, pinned);
  }

  public void mute(TenantId tenantId, String chatId, Instant until) {
    ProviderAccount account = account(tenantId);
    chats(account, Operation.CHATS_MUTE).mute(account, chatId, until);
  }

  public void unmute(TenantId tenantId, String chatId) {
    ProviderAccount account = account(tenantId);
    chats(account, Operation.CHATS_MUTE).unmute(account, chatId);
  }

  public void markUnread(TenantId tenantId, String chatId) {
    ProviderAccount account = account(tenantId);
    chats(account, Operation.CHATS_UNREAD).markUnread(account, chatId);
  }

  public void setDisappearing(TenantId tenantId, String chatId, DisappearingTimer timer) {
    ProviderAccount account = account(tenantId);
    chats(account, Operation.CHATS_DISAPPEARING).setDisappearing(account, chatId, timer);
  }

  public void delete(TenantId tenantId, String chatId) {
    ProviderAccount account = account(tenantId);
    chats(account, Operation.CHATS_DELETE).delete(account, chatId);
  }

  private ProviderAccount account(TenantId tenantId) {
    return tenants.require(tenantId).account();
  }

  private Chats chats(ProviderAccount account, Operation operation) {
    return router.port(Chats.class, account, operation);
  }
}
