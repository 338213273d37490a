<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AuditRecord</name>
    <message>
        <source>An audit record is incomplete.</source>
        <translation>Ein Audit-Eintrag ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>The browser could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineSession</name>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email:  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in your browser. If it did not open, visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so the session could not be saved; it was signed out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so no saved session can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Run &apos;gatehouse login&apos; to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out; the session was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Control plane URL (https, or http on loopback).</source>
        <translation>URL der Steuerungsebene (https oder http auf Loopback).</translation>
    </message>
    <message>
        <source>OpenID Connect issuer URL.</source>
        <translation>Aussteller-URL für OpenID Connect.</translation>
    </message>
    <message>
        <source>OAuth client ID of this console.</source>
        <translation>OAuth-Client-ID dieser Konsole.</translation>
    </message>
    <message>
        <source>Read endpoints from the demo stack&apos;s env &lt;file&gt;.</source>
        <translation>Endpunkte aus der env-Datei &lt;file&gt; des Demo-Stacks lesen.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Use the saved profile &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &lt;command&gt; with the sign-in URL as its last argument instead of opening the default browser (also GATEHOUSE_BROWSER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatehouse console: see who may reach which service, grant access that expires, export audit evidence and read access logs.

Commands (without one, the window opens):
  login    sign in through the browser and keep the session in the keychain
  whoami   show who is signed in and when the session ends
  logout   revoke the session at the identity provider and forget it

Exit codes: 0 success, 1 failure, 10 identity provider unreachable, 11 sign-in cancelled, 12 sign-in timed out, 13 access denied at the identity provider, 14 state mismatch, 15 issuer mismatch, 16 token rejected, 17 keychain unavailable, 18 session ended at the identity provider, 19 not signed in, 20 other identity provider error, 64 usage error, 78 bad profile or configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login, whoami or logout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoEnv</name>
    <message>
        <source>Line %1 is not KEY=VALUE.</source>
        <translation>Zeile %1 hat nicht die Form KEY=VALUE.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Ed25519Key</name>
    <message>
        <source>The audit signing key is unusable.</source>
        <translation>Der Audit-Signaturschlüssel ist unbrauchbar.</translation>
    </message>
</context>
<context>
    <name>Grant</name>
    <message>
        <source>The server sent an unreadable grant.</source>
        <translation>Der Server hat eine unlesbare Freigabe gesendet.</translation>
    </message>
</context>
<context>
    <name>GrantRules</name>
    <message>
        <source>Access to %1 can be granted for at most %2.</source>
        <translation>Zugriff auf %1 kann für höchstens %2 gewährt werden.</translation>
    </message>
    <message>
        <source>The grant must end after it starts.</source>
        <translation>Die Freigabe muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>The grant cannot start in the past.</source>
        <translation>Die Freigabe kann nicht in der Vergangenheit beginnen.</translation>
    </message>
    <message>
        <source>The grant would already have expired.</source>
        <translation>Die Freigabe wäre bereits abgelaufen.</translation>
    </message>
    <message>
        <source>Access to %1 needs a ticket reference.</source>
        <translation>Zugriff auf %1 erfordert eine Ticketreferenz.</translation>
    </message>
    <message>
        <source>Only an owner of %1 can review this request.</source>
        <translation>Nur ein Eigentümer von %1 kann diesen Antrag prüfen.</translation>
    </message>
    <message>
        <source>Nobody can review their own request.</source>
        <translation>Niemand kann den eigenen Antrag prüfen.</translation>
    </message>
    <message>
        <source>Nobody can review a request for their own access.</source>
        <translation>Niemand kann einen Antrag auf eigenen Zugriff prüfen.</translation>
    </message>
    <message>
        <source>This request is no longer pending (it is %1).</source>
        <translation>Dieser Antrag ist nicht mehr offen (Status: %1).</translation>
    </message>
    <message>
        <source>Only an owner of %1 or the requester can revoke this grant.</source>
        <translation>Nur ein Eigentümer von %1 oder der Antragsteller kann diese Freigabe widerrufen.</translation>
    </message>
    <message>
        <source>This grant has already ended (it is %1).</source>
        <translation>Diese Freigabe ist bereits beendet (Status: %1).</translation>
    </message>
    <message>
        <source>Only an owner of %1 can extend this grant.</source>
        <translation>Nur ein Eigentümer von %1 kann diese Freigabe verlängern.</translation>
    </message>
    <message>
        <source>Nobody can extend their own access.</source>
        <translation>Niemand kann den eigenen Zugriff verlängern.</translation>
    </message>
    <message>
        <source>Only an active grant can be extended.</source>
        <translation>Nur eine aktive Freigabe kann verlängert werden.</translation>
    </message>
    <message>
        <source>The new end must be later than the current one.</source>
        <translation>Das neue Ende muss nach dem aktuellen Ende liegen.</translation>
    </message>
</context>
<context>
    <name>IdTokenVerifier</name>
    <message>
        <source>The identity provider&apos;s signing keys could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFetchJob</name>
    <message>
        <source>The server sent an answer that is not JSON.</source>
        <translation>Der Server hat eine Antwort gesendet, die kein JSON ist.</translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <source>The identity provider published an unusable key.</source>
        <translation>Der Identitätsanbieter hat einen unbrauchbaren Schlüssel veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>The token is not a well-formed JWT.</source>
        <translation>Das Token ist kein wohlgeformtes JWT.</translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only receives Gatehouse sign-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in response was not started by this Gatehouse window. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Gatehouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkJob</name>
    <message>
        <source>The request could not be sent.</source>
        <translation>Die Anfrage konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified.</source>
        <translation>Das TLS-Zertifikat des Servers konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server konnte nicht erreicht werden.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>OidcMetadata</name>
    <message>
        <source>The identity provider&apos;s configuration is incomplete (no %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider calls itself %1, not the issuer this profile names (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider does not support PKCE with S256, which Gatehouse requires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>control plane</source>
        <translation>der Steuerungsebene</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>des Ausstellers</translation>
    </message>
    <message>
        <source>The profile has no client ID.</source>
        <translation>Das Profil hat keine Client-ID.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider issued no refresh token; allow offline_access for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s token response is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider returned a token for a different user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available, so there is no saved session to sign out of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out on this computer, but the identity provider could not be reached to revoke the session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The identity provider could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended at the identity provider (it was signed out, expired, or a used refresh token was presented again). Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s ID token was rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser returned a sign-in response that this sign-in did not start (state mismatch). Nothing was signed in; start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not completed in the browser in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a local port to receive the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in response came from a different identity provider than the one this profile names (issuer mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined at the identity provider (access denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s response had no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s token response is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s user information names a different user than the ID token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as %1. You can close this tab and return to Gatehouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedHead</name>
    <message>
        <source>The signed audit head is unreadable.</source>
        <translation>Der signierte Kopf der Audit-Kette ist unlesbar.</translation>
    </message>
</context>
<context>
    <name>TokenValidator</name>
    <message>
        <source>The token was signed with a key the identity provider does not publish.</source>
        <translation>Das Token wurde mit einem Schlüssel signiert, den der Identitätsanbieter nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>The token names no key and the identity provider publishes several.</source>
        <translation>Das Token nennt keinen Schlüssel, und der Identitätsanbieter veröffentlicht mehrere.</translation>
    </message>
    <message>
        <source>The token uses a signing algorithm that is not accepted.</source>
        <translation>Das Token verwendet einen Signaturalgorithmus, der nicht zulässig ist.</translation>
    </message>
    <message>
        <source>The token is not a well-formed JWT.</source>
        <translation>Das Token ist kein wohlgeformtes JWT.</translation>
    </message>
    <message>
        <source>The token is of the wrong type.</source>
        <translation>Das Token hat den falschen Typ.</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not valid.</source>
        <translation>Die Signatur des Tokens ist ungültig.</translation>
    </message>
    <message>
        <source>The token was issued by a different identity provider.</source>
        <translation>Das Token wurde von einem anderen Identitätsanbieter ausgestellt.</translation>
    </message>
    <message>
        <source>The token is meant for a different audience.</source>
        <translation>Das Token ist für eine andere Zielgruppe bestimmt.</translation>
    </message>
    <message>
        <source>The token was issued to a different application.</source>
        <translation>Das Token wurde für eine andere Anwendung ausgestellt.</translation>
    </message>
    <message>
        <source>The token has expired.</source>
        <translation>Das Token ist abgelaufen.</translation>
    </message>
    <message>
        <source>The token is not valid yet.</source>
        <translation>Das Token ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The token claims to be issued in the future.</source>
        <translation>Laut Token liegt sein Ausstellungszeitpunkt in der Zukunft.</translation>
    </message>
    <message>
        <source>The token is too old.</source>
        <translation>Das Token ist zu alt.</translation>
    </message>
    <message>
        <source>The sign-in response does not belong to this sign-in attempt.</source>
        <translation>Die Anmeldeantwort gehört nicht zu diesem Anmeldeversuch.</translation>
    </message>
    <message>
        <source>The token does not name its subject.</source>
        <translation>Das Token gibt kein Subjekt an.</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The %1 address is not a valid URL.</source>
        <translation>Die Adresse %1 ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The %1 address must use https (plain http is allowed only on this computer&apos;s loopback address).</source>
        <translation>Die Adresse %1 muss https verwenden (unverschlüsseltes http ist nur auf der Loopback-Adresse dieses Computers zulässig).</translation>
    </message>
</context>
<context>
    <name>gatehouse::ConsoleController</name>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished">Nicht angemeldet</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting the identity provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). You stay signed in until Gatehouse quits; nothing is saved to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secret service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::EndpointProbe</name>
    <message>
        <source>Control plane</source>
        <translation>Steuerungsebene</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>gatehoused %1, %2 store</source>
        <translation>gatehoused %1, Speicher: %2</translation>
    </message>
    <message>
        <source>Discovery names a different issuer: %1</source>
        <translation>Das Discovery-Dokument nennt einen anderen Aussteller: %1</translation>
    </message>
    <message>
        <source>OpenID Provider, issuer matches</source>
        <translation>OpenID-Provider, Aussteller stimmt überein</translation>
    </message>
</context>
<context>
    <name>gatehouse::EndpointStatusModel</name>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Misconfigured</source>
        <translation>Falsch konfiguriert</translation>
    </message>
    <message>
        <source>Checked at %1 UTC</source>
        <translation>Geprüft um %1 UTC</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>gatehouse::MainWindow</name>
    <message>
        <source>Gatehouse — %1</source>
        <translation>Gatehouse — %1</translation>
    </message>
    <message>
        <source>Who may reach which service, until when</source>
        <translation>Wer welchen Dienst erreichen darf – und bis wann</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Profil „%1“</translation>
    </message>
    <message>
        <source>Control plane:</source>
        <translation>Steuerungsebene:</translation>
    </message>
    <message>
        <source>Identity provider:</source>
        <translation>Identitätsanbieter:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Check connections</source>
        <translation>&amp;Verbindungen prüfen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>Ü&amp;ber Gatehouse</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>Über Gatehouse</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gatehouse %1&lt;/b&gt;&lt;p&gt;Decide, enforce and prove who may reach which service, until when.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Gatehouse %1&lt;/b&gt;&lt;p&gt;Festlegen, durchsetzen und nachweisen, wer welchen Dienst bis wann erreichen darf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 endpoints need attention</source>
        <translation>Endpunkte mit Handlungsbedarf: %1 von %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Checking connections…</source>
        <translation>Verbindungen werden geprüft…</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::ProfileDialog</name>
    <message>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Gatehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Tell Gatehouse which control plane to manage and which identity provider signs you in. The values below are those of the demo stack on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile names a control plane and the identity provider that signs you in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Control plane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;resource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scopes must include openid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionPanel</name>
    <message>
        <source>Sign-in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy sign-in &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no browser opened, paste this link into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished">Nicht angemeldet</translation>
    </message>
    <message>
        <source>Sign in with your company account to see and grant access. Your browser opens the identity provider&apos;s page; Gatehouse never sees your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in on the page that opened at %1, then come back here. No browser? Copy the sign-in link and open it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ends %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
