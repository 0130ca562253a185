package ru.smarteka.workflow.identity.sso;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The identity provider of the browser suite's single sign-on scenario ({@code src/test/e2e/sso.test.mjs}):
 * {@link TestIdentityProvider} as a program, started by {@code src/test/e2e/run.sh} next to an application under
 * {@code sso,demo}. It knows two regional officials (password = login, as the demo users) and the demo's
 * administrator, accepts the application on the given port as its webapps' client, writes its issuer address to the
 * given file once it is ready, and runs until it is stopped.
 *
 * <p>Usage: {@code E2eIdentityProvider <application port> <issuer file>}
 */
public final class E2eIdentityProvider {

  public static void main(String[] args) throws Exception {
    int appPort = Integer.parseInt(args[0]);
    Path issuerFile = Path.of(args[1]);
    TestIdentityProvider provider = TestIdentityProvider.shared();
    provider.put("official28", "official28", List.of("regional-official"), "28");
    provider.put("official72", "official72", List.of("regional-official"), "72");
    provider.put("demo", "demo", List.of("smarteka-admin"), null);
    provider.registerWebapp(appPort);
    Path written = Files.writeString(issuerFile.resolveSibling(issuerFile.getFileName() + ".tmp"), provider.issuer());
    Files.move(written, issuerFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    Thread.currentThread().join();
  }

  private E2eIdentityProvider() {
  }
}
