package com.wagateway.bootstrap.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;

/** DataSources whose connections a test decides: held back, failing, or wrapped. */
final class DataSources {
  private DataSources() {}

  /** Where a connection comes from. */
  interface ConnectionSource {
    Connection get() throws Exception;
  }

  /** A DataSource whose getConnection is {@code source}; nothing else is called by the journal. */
  static DataSource of(ConnectionSource source) {
    return (DataSource)
        Proxy.newProxyInstance(
            DataSources.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("getConnection")) {
                throw new UnsupportedOperationException(method.getName());
              }
              try {
                return source.get();
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
