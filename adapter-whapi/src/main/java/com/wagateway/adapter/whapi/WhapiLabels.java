package com.wagateway.adapter.whapi;

import com.wagateway.adapter.whapi.WhapiLabelMapper.Associations;
import com.wagateway.adapter.whapi.WhapiLabelMapper.WhapiLabel;
import com.wagateway.adapter.whapi.WhapiResponses.Success;
import com.wagateway.domain.error.InstanceStateConflictException;
import com.wagateway.domain.error.InvalidValueException;
import com.wagateway.domain.error.ResourceNotFoundException;
import com.wagateway.domain.label.Label;
import com.wagateway.domain.label.LabelId;
import com.wagateway.domain.label.Labelled;
import com.wagateway.domain.label.NewLabel;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.model.ProviderId;
import com.wagateway.domain.port.Labels;
import com.wagateway.domain.port.Operation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Labels through Whapi's {@code /labels} endpoints. A chat and a message carry a label through the
 * same association endpoint, by their ids.
 */
@ApplicationScoped
public class WhapiLabels implements Labels {
  /** {@code LabelID} of the spec: a longer id cannot exist at Whapi. */
  private static final Pattern LABEL_ID = Pattern.compile("[0-9]{1,2}");

  private final WhapiApi api;

  @Inject
  WhapiLabels(WhapiApi api) {
    this.api = api;
  }

  @Override
  public ProviderId provider() {
    return ProviderId.WHAPI;
  }

  @Override
  public Set<Operation> supportedOperations() {
    return EnumSet.of(
        Operation.LABELS_LIST,
        Operation.LABELS_CREATE,
        Operation.LABELS_READ,
        Operation.LABELS_ASSIGN,
        Operation.LABELS_REMOVE);
  }

  @Override
  @Reaches("GET /labels")
  public List<Label> list(ProviderAccount account) {
    return WhapiLabelMapper.labels(
        account,
        api.call(account, WhapiLabelsClient.class, WhapiLabel[].class, (c, a) -> c.labels(a)));
  }

  @Override
  @Reaches("POST /labels")
  public void create(ProviderAccount account, NewLabel label) {
    if (!LABEL_ID.matcher(label.id().value()).matches()) {
      throw new InvalidValueException("id", "must have 1 or 2 digits on Whapi");
    }
    succeed(account, (c, a) -> c.createLabel(a, WhapiLabelMapper.request(label)));
  }

  @Override
  @Reaches("GET /labels/{LabelID}")
  public Labelled labelled(ProviderAccount account, LabelId label) {
    String id = whapiId(account, label);
    return WhapiLabelMapper.labelled(
        api.call(
            account, WhapiLabelsClient.class, Associations.class, (c, a) -> c.associations(a, id)));
  }

  @Override
  @Reaches("POST /labels/{LabelID}/{AssociationID}")
  public void labelChat(ProviderAccount account, LabelId label, String chatId) {
    associate(account, label, chatId);
  }

  @Override
  @Reaches("DELETE /labels/{LabelID}/{AssociationID}")
  public void unlabelChat(ProviderAccount account, LabelId label, String chatId) {
    dissociate(account, label, chatId);
  }

  @Override
  @Reaches("POST /labels/{LabelID}/{AssociationID}")
  public void labelMessage(ProviderAccount account, LabelId label, String providerMessageId) {
    associate(account, label, providerMessageId);
  }

  @Override
  @Reaches("DELETE /labels/{LabelID}/{AssociationID}")
  public void unlabelMessage(ProviderAccount account, LabelId label, String providerMessageId) {
    dissociate(account, label, providerMessageId);
  }

  /** Whapi answers 409 when the association exists: the label is on it, as asked. */
  private void associate(ProviderAccount account, LabelId label, String target) {
    String id = whapiId(account, label);
    try {
      succeed(account, (c, a) -> c.associate(a, id, target));
    } catch (InstanceStateConflictException alreadyLabelled) {
      // Nothing to change.
    }
  }

  private void dissociate(ProviderAccount account, LabelId label, String target) {
    String id = whapiId(account, label);
    succeed(account, (c, a) -> c.dissociate(a, id, target));
  }

  private void succeed(
      ProviderAccount account, BiFunction<WhapiLabelsClient, String, Response> request) {
    WhapiJson.requireSuccess(
        account, api.call(account, WhapiLabelsClient.class, Success.class, request));
  }

  private static String whapiId(ProviderAccount account, LabelId label) {
    if (!LABEL_ID.matcher(label.value()).matches()) {
      throw new ResourceNotFoundException(account.tenantId(), "Label '" + label + "'");
    }
    return label.value();
  }
}
