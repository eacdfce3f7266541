package com.wagateway.application.fake;

import com.wagateway.application.port.WebhookTransport;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A subscriber on a script: answers each post with the next scripted status or error (200 once the
 * script runs out) and records every post with its headers and body.
 */
public final class FakeWebhookTransport implements WebhookTransport {
  private final Deque<Answer> script = new ArrayDeque<>();
  private final List<Post> posts = new CopyOnWriteArrayList<>();

  /** One recorded post and the answer it got. */
  public record Post(URI url, Map<String, String> headers, String body, Answer answer) {
    public String header(String name) {
      return headers.get(name);
    }
  }

  /** The next posts are answered with these HTTP statuses, in order. */
  public synchronized FakeWebhookTransport answering(int... statuses) {
    for (int status : statuses) {
      script.add(new Answer(status, null));
    }
    return this;
  }

  /** The next post gets no answer: the connection failed with {@code error}. */
  public synchronized FakeWebhookTransport failing(String error) {
    script.add(new Answer(null, error));
    return this;
  }

  public List<Post> posts() {
    return List.copyOf(posts);
  }

  @Override
  public synchronized Answer post(URI url, Map<String, String> headers, String body) {
    Answer answer = script.isEmpty() ? new Answer(200, null) : script.poll();
    posts.add(new Post(url, Map.copyOf(headers), body, answer));
    return answer;
  }
}
