package com.wagateway.bootstrap.resilience;

import com.wagateway.bootstrap.resilience.ProviderGuards.Repeat;
import com.wagateway.domain.model.ProviderAccount;
import com.wagateway.domain.port.ProviderPort;
import com.wagateway.domain.port.SafeToRepeat;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Optional;

/**
 * Puts any blocking provider port behind {@link ProviderGuards} without a class of its own: every
 * method that takes the tenant's {@link ProviderAccount} runs as one guarded provider call, named
 * {@code <port>.<method>} in metrics and logs, and repeated as its {@link SafeToRepeat} says. The
 * port's declarations ({@code provider()}, {@code supportedOperations()}) pass straight through.
 * Ports whose methods answer a {@code CompletionStage} keep a hand-written guard.
 */
final class GuardedProxy<P extends ProviderPort> implements InvocationHandler {
  private final Class<P> type;
  private final P delegate;
  private final ProviderGuards guards;

  private GuardedProxy(Class<P> type, P delegate, ProviderGuards guards) {
    this.type = type;
    this.delegate = delegate;
    this.guards = guards;
  }

  static <P extends ProviderPort> P guard(Class<P> type, P delegate, ProviderGuards guards) {
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            new GuardedProxy<>(type, delegate, guards));
    return type.cast(proxy);
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    Optional<ProviderAccount> account = accountIn(args);
    if (method.getDeclaringClass() == Object.class || account.isEmpty()) {
      return direct(method, args);
    }
    Repeat repeat =
        method.isAnnotationPresent(SafeToRepeat.class) ? Repeat.SAFE : Repeat.ONLY_IF_NOT_REACHED;
    String operation = type.getSimpleName() + "." + method.getName();
    return guards.call(account.get(), operation, repeat, () -> invokeUnchecked(method, args));
  }

  private static Optional<ProviderAccount> accountIn(Object[] args) {
    return args == null
        ? Optional.empty()
        : Arrays.stream(args)
            .filter(ProviderAccount.class::isInstance)
            .map(ProviderAccount.class::cast)
            .findFirst();
  }

  private Object direct(Method method, Object[] args) throws Throwable {
    if (method.getName().equals("toString") && method.getParameterCount() == 0) {
      return "Guarded" + type.getSimpleName() + "[" + delegate + "]";
    }
    try {
      return method.invoke(delegate, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The delegate's own exception, unwrapped, so the guards see what the adapter threw. */
  private Object invokeUnchecked(Method method, Object[] args) {
    try {
      return method.invoke(delegate, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
