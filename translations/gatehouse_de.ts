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
        <translation>Der Browser konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>CommandLineSession</name>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>email:  </source>
        <translation>E-Mail: </translation>
    </message>
    <message>
        <source>groups: </source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <source>subject:</source>
        <translation>Subjekt:</translation>
    </message>
    <message>
        <source>profile:</source>
        <translation>Profil: </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>session ends:</source>
        <translation>Sitzungsende:</translation>
    </message>
    <message>
        <source>There is no profile named %1.</source>
        <translation>Es gibt kein Profil mit dem Namen %1.</translation>
    </message>
    <message>
        <source>Sign in in your browser. If it did not open, visit:</source>
        <translation>Melden Sie sich im Browser an. Falls er sich nicht geöffnet hat, rufen Sie diese Adresse auf:</translation>
    </message>
    <message>
        <source>No keychain is available, so the session could not be saved; it was signed out again.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher konnte die Sitzung nicht gespeichert werden; sie wurde wieder abgemeldet.</translation>
    </message>
    <message>
        <source>No keychain is available, so no saved session can be read.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher kann keine gespeicherte Sitzung gelesen werden.</translation>
    </message>
    <message>
        <source>Not signed in. Run &apos;gatehouse login&apos; to sign in.</source>
        <translation>Nicht angemeldet. Führen Sie „gatehouse login“ aus, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Signed out; the session was revoked.</source>
        <translation>Abgemeldet; die Sitzung wurde widerrufen.</translation>
    </message>
    <message>
        <source>Not signed in; nothing to do.</source>
        <translation>Nicht angemeldet; nichts zu tun.</translation>
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
        <translation>Das gespeicherte Profil &lt;name&gt; verwenden.</translation>
    </message>
    <message>
        <source>Run &lt;command&gt; with the sign-in URL as its last argument instead of opening the default browser (also GATEHOUSE_BROWSER).</source>
        <translation>&lt;command&gt; mit der Anmelde-URL als letztem Argument ausführen, statt den Standardbrowser zu öffnen (auch GATEHOUSE_BROWSER).</translation>
    </message>
    <message>
        <source>Gatehouse console: see who may reach which service, grant access that expires, export audit evidence and read access logs.

Commands (without one, the window opens):
  login    sign in through the browser and keep the session in the keychain
  whoami   show who is signed in and when the session ends
  logout   revoke the session at the identity provider and forget it

Exit codes: 0 success, 1 failure, 10 identity provider unreachable, 11 sign-in cancelled, 12 sign-in timed out, 13 access denied at the identity provider, 14 state mismatch, 15 issuer mismatch, 16 token rejected, 17 keychain unavailable, 18 session ended at the identity provider, 19 not signed in, 20 other identity provider error, 64 usage error, 78 bad profile or configuration.</source>
        <translation>Gatehouse-Konsole: sehen, wer welchen Dienst erreichen darf, befristeten Zugriff gewähren, Audit-Nachweise exportieren und Zugriffsprotokolle lesen.

Befehle (ohne Befehl öffnet sich das Fenster):
  login    über den Browser anmelden und die Sitzung im Schlüsselbund speichern
  whoami   anzeigen, wer angemeldet ist und wann die Sitzung endet
  logout   die Sitzung beim Identitätsanbieter widerrufen und vergessen

Exit-Codes: 0 Erfolg, 1 Fehler, 10 Identitätsanbieter nicht erreichbar, 11 Anmeldung abgebrochen, 12 Zeitüberschreitung bei der Anmeldung, 13 Zugriff beim Identitätsanbieter verweigert, 14 state-Parameter stimmt nicht überein, 15 Aussteller stimmt nicht überein, 16 Token abgelehnt, 17 Schlüsselbund nicht verfügbar, 18 Sitzung beim Identitätsanbieter beendet, 19 nicht angemeldet, 20 anderer Fehler des Identitätsanbieters, 64 Aufruffehler, 78 fehlerhaftes Profil oder fehlerhafte Konfiguration.</translation>
    </message>
    <message>
        <source>login, whoami or logout</source>
        <translation>login, whoami oder logout</translation>
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
        <translation>Die Signaturschlüssel des Identitätsanbieters konnten nicht geladen werden.</translation>
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
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>This address only receives Gatehouse sign-ins.</source>
        <translation>Diese Adresse nimmt nur Gatehouse-Anmeldungen entgegen.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>This sign-in response was not started by this Gatehouse window. Start the sign-in again.</source>
        <translation>Diese Anmeldeantwort gehört zu keiner Anmeldung, die in diesem Gatehouse-Fenster gestartet wurde. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Signed in to Gatehouse</source>
        <translation>Bei Gatehouse angemeldet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Gatehouse.</source>
        <translation>Die Anmeldung wurde in Gatehouse abgebrochen.</translation>
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
        <translation>Die Konfiguration des Identitätsanbieters ist unvollständig (%1 fehlt).</translation>
    </message>
    <message>
        <source>The identity provider calls itself %1, not the issuer this profile names (%2).</source>
        <translation>Der Identitätsanbieter bezeichnet sich als %1, nicht als der in diesem Profil angegebene Aussteller (%2).</translation>
    </message>
    <message>
        <source>The identity provider does not support PKCE with S256, which Gatehouse requires.</source>
        <translation>Der Identitätsanbieter unterstützt PKCE mit S256 nicht, was Gatehouse jedoch voraussetzt.</translation>
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
        <translation>Das Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The profiles could not be saved.</source>
        <translation>Die Profile konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The identity provider issued no refresh token; allow offline_access for this client.</source>
        <translation>Der Identitätsanbieter hat kein Refresh-Token ausgestellt; erlauben Sie offline_access für diesen Client.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token response is incomplete.</source>
        <translation>Die Token-Antwort des Identitätsanbieters ist unvollständig.</translation>
    </message>
    <message>
        <source>The identity provider returned a token for a different user.</source>
        <translation>Der Identitätsanbieter hat ein Token für einen anderen Benutzer zurückgegeben.</translation>
    </message>
    <message>
        <source>The keychain is not available, so there is no saved session to sign out of.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar, daher gibt es keine gespeicherte Sitzung, von der Sie sich abmelden könnten.</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the identity provider could not be reached to revoke the session.</source>
        <translation>Auf diesem Computer abgemeldet, aber der Identitätsanbieter war nicht erreichbar, um die Sitzung zu widerrufen.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The identity provider could not be reached: %1</source>
        <translation>Der Identitätsanbieter konnte nicht erreicht werden: %1</translation>
    </message>
    <message>
        <source>Your session has ended at the identity provider (it was signed out, expired, or a used refresh token was presented again). Please sign in again.</source>
        <translation>Ihre Sitzung beim Identitätsanbieter ist beendet (sie wurde abgemeldet, ist abgelaufen, oder ein bereits verwendetes Refresh-Token wurde erneut vorgelegt). Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The identity provider refused: %1</source>
        <translation>Der Identitätsanbieter hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s ID token was rejected: %1</source>
        <translation>Das ID-Token des Identitätsanbieters wurde abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>The browser returned a sign-in response that this sign-in did not start (state mismatch). Nothing was signed in; start again.</source>
        <translation>Der Browser hat eine Anmeldeantwort zurückgegeben, die nicht zu dieser Anmeldung gehört (state-Parameter stimmt nicht überein). Es wurde niemand angemeldet; beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in the browser in time.</source>
        <translation>Die Anmeldung wurde im Browser nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>Could not open a local port to receive the sign-in.</source>
        <translation>Es konnte kein lokaler Port geöffnet werden, um die Anmeldung zu empfangen.</translation>
    </message>
    <message>
        <source>The sign-in response came from a different identity provider than the one this profile names (issuer mismatch).</source>
        <translation>Die Anmeldeantwort stammt von einem anderen Identitätsanbieter als dem in diesem Profil angegebenen (Aussteller stimmt nicht überein).</translation>
    </message>
    <message>
        <source>The sign-in was declined at the identity provider (access denied).</source>
        <translation>Die Anmeldung wurde beim Identitätsanbieter abgelehnt (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>The identity provider refused the sign-in: %1</source>
        <translation>Der Identitätsanbieter hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s response had no authorization code.</source>
        <translation>Die Antwort des Identitätsanbieters enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token response is incomplete.</source>
        <translation>Die Token-Antwort des Identitätsanbieters ist unvollständig.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s user information names a different user than the ID token.</source>
        <translation>Die Benutzerinformationen des Identitätsanbieters nennen einen anderen Benutzer als das ID-Token.</translation>
    </message>
    <message>
        <source>You are signed in as %1. You can close this tab and return to Gatehouse.</source>
        <translation>Sie sind als %1 angemeldet. Sie können diesen Tab schließen und zu Gatehouse zurückkehren.</translation>
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
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>Ihre Sitzung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Contacting the identity provider…</source>
        <translation>Identitätsanbieter wird kontaktiert…</translation>
    </message>
    <message>
        <source>Completing sign-in…</source>
        <translation>Anmeldung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>No keychain is available (%1). You stay signed in until Gatehouse quits; nothing is saved to disk.</source>
        <translation>Es ist kein Schlüsselbund verfügbar (%1). Sie bleiben angemeldet, bis Gatehouse beendet wird; es wird nichts auf dem Datenträger gespeichert.</translation>
    </message>
    <message>
        <source>no secret service</source>
        <translation>kein Secret Service</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
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
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
</context>
<context>
    <name>gatehouse::ProfileDialog</name>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Connect Gatehouse</source>
        <translation>Gatehouse verbinden</translation>
    </message>
    <message>
        <source>Welcome. Tell Gatehouse which control plane to manage and which identity provider signs you in. The values below are those of the demo stack on this computer.</source>
        <translation>Willkommen. Geben Sie an, welche Steuerungsebene Gatehouse verwalten soll und über welchen Identitätsanbieter Sie sich anmelden. Die folgenden Werte sind die des Demo-Stacks auf diesem Computer.</translation>
    </message>
    <message>
        <source>A profile names a control plane and the identity provider that signs you in to it.</source>
        <translation>Ein Profil legt eine Steuerungsebene fest und den Identitätsanbieter, über den Sie sich bei ihr anmelden.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Control plane:</source>
        <translation>S&amp;teuerungsebene:</translation>
    </message>
    <message>
        <source>&amp;Identity provider:</source>
        <translation>&amp;Identitätsanbieter:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-I&amp;D:</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>Sc&amp;opes:</translation>
    </message>
    <message>
        <source>API &amp;resource:</source>
        <translation>API-&amp;Ressource:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>Ein Profil mit dem Namen %1 ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The scopes must include openid.</source>
        <translation>Die Scopes müssen openid enthalten.</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionPanel</name>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Copy sign-in &amp;link</source>
        <translation>Anmelde&amp;link kopieren</translation>
    </message>
    <message>
        <source>If no browser opened, paste this link into one.</source>
        <translation>Falls sich kein Browser geöffnet hat, fügen Sie diesen Link in einen Browser ein.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Sign in with your company account to see and grant access. Your browser opens the identity provider&apos;s page; Gatehouse never sees your password.</source>
        <translation>Melden Sie sich mit Ihrem Firmenkonto an, um Zugriffe einzusehen und zu gewähren. Ihr Browser öffnet die Seite des Identitätsanbieters; Gatehouse sieht Ihr Passwort nie.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <source>Finish signing in on the page that opened at %1, then come back here. No browser? Copy the sign-in link and open it yourself.</source>
        <translation>Schließen Sie die Anmeldung auf der Seite ab, die bei %1 geöffnet wurde, und kehren Sie dann hierher zurück. Kein Browser? Kopieren Sie den Anmeldelink und öffnen Sie ihn selbst.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Signed in as %1 &lt;%2&gt;</source>
        <translation>Angemeldet als %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Session ends %1</source>
        <translation>Sitzungsende: %1</translation>
    </message>
</context>
</TS>
