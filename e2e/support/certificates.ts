import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type TestCertificates = { dir: string; caFile: string; certFile: string; keyFile: string };

const openssl = (dir: string, args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });

/**
 * A throw-away CA and a `localhost` certificate it signs, made with the openssl CLI. A real CA
 * rather than a self-signed leaf, because clients (the Observatory scanner) check the chain the
 * way they would on a deployed site, trusting the CA through NODE_EXTRA_CA_CERTS.
 */
export function makeLocalhostCertificates(): TestCertificates {
  const dir = mkdtempSync(path.join(tmpdir(), "tls-proxy-"));
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  openssl(dir, [
    "req",
    "-x509",
    ...ec,
    "-keyout",
    "ca.key",
    "-out",
    "ca.crt",
    "-days",
    "2",
    "-subj",
    "/CN=Trust Center test CA",
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign,cRLSign",
  ]);
  openssl(dir, ["req", ...ec, "-keyout", "localhost.key", "-out", "localhost.csr", "-subj", "/CN=localhost"]);
  writeFileSync(
    path.join(dir, "localhost.ext"),
    [
      "subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1",
      "basicConstraints=critical,CA:FALSE",
      "keyUsage=critical,digitalSignature",
      "extendedKeyUsage=serverAuth",
    ].join("\n"),
  );
  openssl(dir, [
    "x509",
    "-req",
    "-in",
    "localhost.csr",
    "-CA",
    "ca.crt",
    "-CAkey",
    "ca.key",
    "-set_serial",
    "1",
    "-days",
    "1",
    "-extfile",
    "localhost.ext",
    "-out",
    "localhost.crt",
  ]);
  return {
    dir,
    caFile: path.join(dir, "ca.crt"),
    certFile: path.join(dir, "localhost.crt"),
    keyFile: path.join(dir, "localhost.key"),
  };
}
