package com.wagateway.adapter.whapi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.requestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.wagateway.adapter.whapi.WhapiFixtures.BEARER;
import static com.wagateway.adapter.whapi.WhapiFixtures.SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wagateway.domain.error.ErrorCode;
import com.wagateway.domain.error.GatewayException;
import com.wagateway.domain.group.GroupId;
import com.wagateway.domain.group.GroupInfoUpdate;
import com.wagateway.domain.group.GroupSetting;
import com.wagateway.domain.group.Participant;
import com.wagateway.domain.message.MediaSource;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.Operation;
import com.wagateway.domain.profile.Picture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every group operation as Whapi's spec documents its request, and its answers mapped. */
@QuarkusTest
@WithTestResource(WhapiWireMock.class)
class WhapiGroupsTest extends WhapiAdapterTest {
  private static final ReachLog REACHED = ReachLog.of(WhapiGroups.class);

  WhapiGroupsTest() {
    super(REACHED);
  }

  private static final GroupId GROUP = new GroupId("120363012345678901@g.us");
  private static final String PATH = "/groups/" + GROUP.value();
  private static final String CODE = "AbCdEfGhIjKlMn12";
  private static final String REQUESTER = "15550100199@s.whatsapp.net";
  private static final String GROUP_JSON =
      """
      {"id": "120363012345678901@g.us", "type": "group", "name": "Team",
       "description": "Our team", "participants_count": 2, "created_at": 1675964377,
       "created_by": "573001234567", "announcements": true, "restricted": false,
       "adminAddMemberMode": true,
       "participants": [{"id": "573001234567", "rank": "creator"},
                        {"id": "15550100199", "rank": "member"}]}
      """;

  @Inject WhapiGroups groups;
  private final ProviderAccount account = WhapiFixtures.account();

  private void answer(String method, String url, String json) {
    wireMock.stubFor(request(method, urlEqualTo(url)).willReturn(okJson(json)));
  }

  private void verify(String method, String url, String body) {
    var expected =
        requestedFor(method, urlEqualTo(url)).withHeader("Authorization", equalTo(BEARER));
    wireMock.verify(1, body == null ? expected : expected.withRequestBody(equalToJson(body)));
  }

  @Test
  void declaresEveryGroupOperation() {
    assertThat(groups.supportedOperations())
        .hasSize(18)
        .allMatch(operation -> operation.key().startsWith("groups."))
        .contains(Operation.GROUPS_LIST, Operation.GROUPS_JOIN_REQUESTS_REJECT);
  }

  @Test
  void listsGroupsByCountAndOffsetAndMapsThem() {
    answer("GET", "/groups?count=2&offset=4", "{\"groups\": [" + GROUP_JSON + "], \"total\": 5}");

    var slice = groups.list(account, 4, 2);

    verify("GET", "/groups?count=2&offset=4", null);
    assertThat(slice.total()).isEqualTo(5);
    var group = slice.items().get(0);
    assertThat(group.id()).isEqualTo(GROUP);
    assertThat(group.name()).isEqualTo("Team");
    assertThat(group.description()).isEqualTo("Our team");
    assertThat(group.participantsCount()).isEqualTo(2);
    assertThat(group.createdAt()).isEqualTo(Instant.ofEpochSecond(1675964377));
    assertThat(group.participants())
        .containsExactly(
            new Participant("573001234567", Participant.Role.CREATOR),
            new Participant("15550100199", Participant.Role.MEMBER));
    assertThat(group.adminsOnly())
        .containsExactlyInAnyOrder(GroupSetting.SEND_MESSAGES, GroupSetting.ADD_PARTICIPANTS);
  }

  @Test
  void createsAGroupAndReportsWhoWasNotAdded() {
    answer(
        "POST",
        "/groups",
        """
        {"id": "120363012345678901@g.us", "type": "group", "name": "Team",
         "participants": [{"id": "573001234567", "rank": "creator"}],
         "unprocessed_participants": ["15550100199"]}
        """);

    var created = groups.create(account, "Team", List.of("15550100199"));

    verify("POST", "/groups", "{\"subject\": \"Team\", \"participants\": [\"15550100199\"]}");
    assertThat(created.group().id()).isEqualTo(GROUP);
    assertThat(created.group().participantsCount()).isEqualTo(1);
    assertThat(created.notAdded()).containsExactly("15550100199");
  }

  @Test
  void readsOneGroup() {
    answer("GET", PATH, GROUP_JSON);

    assertThat(groups.get(account, GROUP).name()).isEqualTo("Team");
    verify("GET", PATH, null);
  }

  @Test
  void changesInfoIconAndSettings() {
    answer("PUT", PATH, SUCCESS);
    answer("PUT", PATH + "/icon", SUCCESS);
    answer("PATCH", PATH, SUCCESS);

    groups.updateInfo(account, GROUP, new GroupInfoUpdate(null, "New rules"));
    groups.changeIcon(
        account, GROUP, new Picture(MediaSource.Url.parse("https://cdn.example.com/g.png", "url")));
    groups.changeSetting(account, GROUP, GroupSetting.EDIT_INFO, true);

    verify("PUT", PATH, "{\"description\": \"New rules\"}");
    verify("PUT", PATH + "/icon", "{\"media\": \"https://cdn.example.com/g.png\"}");
    verify("PATCH", PATH, "{\"setting\": \"edit_group_info\", \"policy\": \"admins\"}");
  }

  @Test
  void leavesAGroup() {
    answer("DELETE", PATH, SUCCESS);

    groups.leave(account, GROUP);

    verify("DELETE", PATH, null);
  }

  @Test
  void addsAndRemovesParticipantsAndSaysWhichFailed() {
    String result =
        "{\"success\": true, \"processed\": [\"15550100199\"], \"failed\": [573001234567]}";
    answer("POST", PATH + "/participants", result);
    answer("DELETE", PATH + "/participants", result);
    List<String> phones = List.of("15550100199", "573001234567");
    String body = "{\"participants\": [\"15550100199\", \"573001234567\"]}";

    var added = groups.addParticipants(account, GROUP, phones);
    var removed = groups.removeParticipants(account, GROUP, phones);

    verify("POST", PATH + "/participants", body);
    verify("DELETE", PATH + "/participants", body);
    assertThat(added.processed()).containsExactly("15550100199");
    assertThat(added.failed()).containsExactly("573001234567");
    assertThat(removed).isEqualTo(added);
  }

  @Test
  void promotesAndDemotesAdmins() {
    answer("PATCH", PATH + "/admins", SUCCESS);
    answer("DELETE", PATH + "/admins", SUCCESS);

    groups.promote(account, GROUP, List.of("15550100199"));
    groups.demote(account, GROUP, List.of("15550100199"));

    verify("PATCH", PATH + "/admins", "{\"participants\": [\"15550100199\"]}");
    verify("DELETE", PATH + "/admins", "{\"participants\": [\"15550100199\"]}");
  }

  @Test
  void readsAndRevokesTheInviteCode() {
    answer("GET", PATH + "/invite", "{\"invite_code\": \"" + CODE + "\"}");
    answer("DELETE", PATH + "/invite", SUCCESS);

    assertThat(groups.inviteCode(account, GROUP)).isEqualTo(CODE);
    groups.revokeInvite(account, GROUP);

    verify("GET", PATH + "/invite", null);
    verify("DELETE", PATH + "/invite", null);
  }

  @Test
  void joinsByInviteCodeAndPreviewsWhatACodeOpens() {
    answer("PUT", "/groups", "{\"group_id\": \"120363012345678901@g.us\"}");
    answer(
        "GET",
        "/groups/link/" + CODE,
        "{\"id\": \"120363012345678901@g.us\", \"name\": \"Team\", \"participantsCount\": 2,"
            + " \"created_at\": 1675964377, \"created_by\": \"573001234567\"}");

    assertThat(groups.join(account, CODE)).isEqualTo(GROUP);
    var preview = groups.inviteInfo(account, CODE);

    verify("PUT", "/groups", "{\"invite_code\": \"" + CODE + "\"}");
    verify("GET", "/groups/link/" + CODE, null);
    assertThat(preview.id()).isEqualTo(GROUP);
    assertThat(preview.participantsCount()).isEqualTo(2);
    assertThat(preview.createdBy()).isEqualTo("573001234567");
  }

  @Test
  void listsApprovesAndRejectsJoinRequests() {
    answer(
        "GET",
        PATH + "/applications?count=10&offset=0",
        "{\"applications\": [{\"chatId\": \""
            + REQUESTER
            + "\", \"request_method\":"
            + " \"invite_link\", \"timestamp\": 1717680789}], \"total\": 1}");
    String decided = "[{\"chatId\": \"" + REQUESTER + "\", \"success\": true}]";
    answer("POST", PATH + "/applications", decided);
    answer("DELETE", PATH + "/applications", decided);

    var requests = groups.joinRequests(account, GROUP, 0, 10);
    groups.approve(account, GROUP, REQUESTER);
    groups.reject(account, GROUP, REQUESTER);

    assertThat(requests.items().get(0).requester()).isEqualTo(REQUESTER);
    assertThat(requests.items().get(0).method()).isEqualTo("invite_link");
    assertThat(requests.items().get(0).requestedAt()).isEqualTo(Instant.ofEpochSecond(1717680789));
    verify("POST", PATH + "/applications", "{\"application\": \"" + REQUESTER + "\"}");
    verify("DELETE", PATH + "/applications", "{\"application\": \"" + REQUESTER + "\"}");
  }

  @Test
  void aJoinRequestWhapiCouldNotDecideIsRejectedWithItsReason() {
    answer(
        "POST",
        PATH + "/applications",
        "[{\"chatId\": \"" + REQUESTER + "\", \"success\": false, \"error\": \"not-found\"}]");

    assertThatThrownBy(() -> groups.approve(account, GROUP, REQUESTER))
        .isInstanceOfSatisfying(
            GatewayException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_REJECTED);
              assertThat(e.getMessage()).contains("not-found");
            });
  }

  @Test
  void anUnknownGroupIsNotFound() {
    wireMock.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(WhapiFixtures.error(404, "Specified group not found"))));

    assertThatThrownBy(() -> groups.get(account, GROUP))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  @Test
  void anAnswerWithoutTheDocumentedFieldsIsAProviderError() {
    answer("GET", PATH + "/invite", "{}");
    answer("PUT", "/groups", "{\"group_id\": \"not-a-group\"}");

    assertThatThrownBy(() -> groups.inviteCode(account, GROUP))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
    assertThatThrownBy(() -> groups.join(account, CODE))
        .isInstanceOfSatisfying(
            GatewayException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PROVIDER_ERROR));
  }
}
