<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessRule</name>
    <message>
        <source>The server sent an unreadable permission.</source>
        <translation>Der Server hat eine unlesbare Berechtigung gesendet.</translation>
    </message>
</context>
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
    <name>Checkpoint</name>
    <message>
        <source>A checkpoint line is unreadable.</source>
        <translation>Eine Checkpoint-Zeile ist unlesbar.</translation>
    </message>
    <message>
        <source>Cannot read the checkpoints: %1</source>
        <translation>Die Checkpoints können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 line %2: the checkpoint is unreadable (cut short or edited?)</source>
        <translation>%1 Zeile %2: der Checkpoint ist unlesbar (abgeschnitten oder bearbeitet?)</translation>
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
        <source>evidence export: the period, e.g. 2026-Q4, 2026-11 or 2026.</source>
        <translation>evidence export: der Zeitraum, z. B. 2026-Q4, 2026-11 oder 2026.</translation>
    </message>
    <message>
        <source>evidence export: write the pack into the new folder &lt;dir&gt; (and &lt;dir&gt;.zip).</source>
        <translation>evidence export: das Paket in den neuen Ordner &lt;dir&gt; (und &lt;dir&gt;.zip) schreiben.</translation>
    </message>
    <message>
        <source>evidence export: only these services (comma-separated); all when not given.</source>
        <translation>evidence export: nur diese Dienste (durch Kommas getrennt); ohne Angabe alle.</translation>
    </message>
    <message>
        <source>evidence export: why, recorded with the export.</source>
        <translation>evidence export: warum; wird mit dem Export aufgezeichnet.</translation>
    </message>
    <message>
        <source>evidence verify: the audit key you trust, as a public key file (PEM) or its SHA-256 fingerprint.</source>
        <translation>evidence verify: der Audit-Schlüssel, dem Sie vertrauen, als Datei mit öffentlichem Schlüssel (PEM) oder dessen SHA-256-Fingerabdruck.</translation>
    </message>
    <message>
        <source>Gatehouse console: see who may reach which service, grant access that expires, export audit evidence and read access logs.

Commands (without one, the window opens):
  login    sign in through the browser and keep the session in the keychain
  whoami   show who is signed in and when the session ends
  logout   revoke the session at the identity provider and forget it
  evidence export --period 2026-Q4 --out DIR [--services a,b]
           export an evidence pack (auditors and admins) into a new folder and a .zip
  evidence verify DIR --key FINGERPRINT|FILE
           verify a pack with no network, trusting only the given audit key

Exit codes: 0 success, 1 failure, 10 identity provider unreachable, 11 sign-in cancelled, 12 sign-in timed out, 13 access denied at the identity provider, 14 state mismatch, 15 issuer mismatch, 16 token rejected, 17 keychain unavailable, 18 session ended at the identity provider, 19 not signed in, 20 other identity provider error, 21 sign-in code not accepted, 64 usage error, 78 bad profile or configuration.</source>
        <translation>Gatehouse-Konsole: sehen, wer welchen Dienst erreichen darf, befristeten Zugriff gewähren, Audit-Nachweise exportieren und Zugriffsprotokolle lesen.

Befehle (ohne Befehl öffnet sich das Fenster):
  login    über den Browser anmelden und die Sitzung im Schlüsselbund speichern
  whoami   anzeigen, wer angemeldet ist und wann die Sitzung endet
  logout   die Sitzung beim Identitätsanbieter widerrufen und vergessen
  evidence export --period 2026-Q4 --out DIR [--services a,b]
           ein Nachweispaket (Auditoren und Admins) in einen neuen Ordner und eine .zip exportieren
  evidence verify DIR --key FINGERPRINT|FILE
           ein Paket ohne Netzwerk prüfen und nur dem angegebenen Audit-Schlüssel vertrauen

Exit-Codes: 0 Erfolg, 1 Fehler, 10 Identitätsanbieter nicht erreichbar, 11 Anmeldung abgebrochen, 12 Zeitüberschreitung bei der Anmeldung, 13 Zugriff beim Identitätsanbieter verweigert, 14 state-Parameter stimmt nicht überein, 15 Aussteller stimmt nicht überein, 16 Token abgelehnt, 17 Schlüsselbund nicht verfügbar, 18 Sitzung beim Identitätsanbieter beendet, 19 nicht angemeldet, 20 anderer Fehler des Identitätsanbieters, 21 Anmeldecode nicht akzeptiert, 64 Aufruffehler, 78 fehlerhaftes Profil oder fehlerhafte Konfiguration.</translation>
    </message>
    <message>
        <source>login, whoami, logout or evidence</source>
        <translation>login, whoami, logout oder evidence</translation>
    </message>
    <message>
        <source>evidence export needs --period and --out.</source>
        <translation>evidence export braucht --period und --out.</translation>
    </message>
    <message>
        <source>evidence verify needs --key: the audit key you trust (a public key file or its SHA-256 fingerprint).</source>
        <translation>evidence verify braucht --key: den Audit-Schlüssel, dem Sie vertrauen (eine Datei mit öffentlichem Schlüssel oder dessen SHA-256-Fingerabdruck).</translation>
    </message>
    <message>
        <source>Use &apos;evidence verify DIR --key KEY&apos; (one pack folder) or &apos;evidence export --period P --out DIR&apos;.</source>
        <translation>Verwenden Sie &apos;evidence verify DIR --key KEY&apos; (ein Paketordner) oder &apos;evidence export --period P --out DIR&apos;.</translation>
    </message>
    <message>
        <source>Use &apos;evidence export --period P --out DIR&apos; or &apos;evidence verify DIR --key KEY&apos;, not &apos;%1&apos;.</source>
        <translation>Verwenden Sie &apos;evidence export --period P --out DIR&apos; oder &apos;evidence verify DIR --key KEY&apos;, nicht &apos;%1&apos;.</translation>
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
    <name>EvidenceBundle</name>
    <message>
        <source>The control plane&apos;s evidence answer is unreadable.</source>
        <translation>Die Nachweis-Antwort der Steuerungsebene ist unlesbar.</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message>
        <source>Verifying the evidence pack %1 with the pinned audit key %2 (no network):</source>
        <translation>Das Nachweispaket %1 wird mit dem festgelegten Audit-Schlüssel %2 geprüft (ohne Netzwerk):</translation>
    </message>
    <message>
        <source>VERIFIED: every file is as the audit key signed it, and every population is what the signed chain says.</source>
        <translation>GEPRÜFT: jede Datei ist so, wie der Audit-Schlüssel sie signiert hat, und jede Grundgesamtheit entspricht der signierten Kette.</translation>
    </message>
    <message>
        <source>NOT VERIFIED: %1 problem(s); do not rely on this pack.</source>
        <translation>NICHT GEPRÜFT: %1 Problem(e); verlassen Sie sich nicht auf dieses Paket.</translation>
    </message>
    <message>
        <source>Evidence pack for %1 written to %2 and %3.</source>
        <translation>Nachweispaket für %1 nach %2 und %3 geschrieben.</translation>
    </message>
    <message>
        <source>The export is audit record %1; the chain segment runs from seq %2 to %1.</source>
        <translation>Der Export ist Audit-Eintrag %1; der Kettenabschnitt reicht von seq %2 bis %1.</translation>
    </message>
    <message>
        <source>Auditors check it with: gatehouse evidence verify %1 --key AUDIT-KEY</source>
        <translation>Auditoren prüfen es mit: gatehouse evidence verify %1 --key AUDIT-KEY</translation>
    </message>
    <message>
        <source>Not signed in. Run &apos;gatehouse login&apos; to sign in.</source>
        <translation>Nicht angemeldet. Mit &apos;gatehouse login&apos; anmelden.</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>The output folder %1 is not empty; choose a new one.</source>
        <translation>Der Ausgabeordner %1 ist nicht leer; wählen Sie einen neuen.</translation>
    </message>
    <message>
        <source>%1.zip already exists; choose a new folder name.</source>
        <translation>%1.zip gibt es bereits; wählen Sie einen neuen Ordnernamen.</translation>
    </message>
    <message>
        <source>Asking the control plane for the chain segment (this records the export)…</source>
        <translation>Die Steuerungsebene wird nach dem Kettenabschnitt gefragt (das zeichnet den Export auf)…</translation>
    </message>
    <message>
        <source>The control plane&apos;s chain segment does not verify: %1</source>
        <translation>Der Kettenabschnitt der Steuerungsebene lässt sich nicht prüfen: %1</translation>
    </message>
    <message>
        <source>Writing the PDF memo…</source>
        <translation>Das PDF-Memo wird geschrieben…</translation>
    </message>
    <message>
        <source>Having the control plane sign the manifest with the audit key…</source>
        <translation>Die Steuerungsebene signiert das Manifest mit dem Audit-Schlüssel…</translation>
    </message>
    <message>
        <source>The control plane&apos;s signature over the manifest does not verify.</source>
        <translation>Die Signatur der Steuerungsebene über das Manifest lässt sich nicht prüfen.</translation>
    </message>
</context>
<context>
    <name>EvidencePeriod</name>
    <message>
        <source>A period is a quarter (2026-Q4), a month (2026-11) or a year (2026), not &apos;%1&apos;.</source>
        <translation>Ein Zeitraum ist ein Quartal (2026-Q4), ein Monat (2026-11) oder ein Jahr (2026), nicht &apos;%1&apos;.</translation>
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
    <message>
        <source>This request no longer fits the rules of %1: access can now be granted for at most %2. Deny it and ask for a shorter one.</source>
        <translation>Diese Anfrage passt nicht mehr zu den Regeln von %1: Zugriff kann jetzt höchstens für %2 gewährt werden. Lehnen Sie sie ab und bitten Sie um eine kürzere.</translation>
    </message>
    <message>
        <source>This request no longer fits the rules of %1: access now needs a ticket reference. Deny it and ask for one with a ticket.</source>
        <translation>Diese Anfrage passt nicht mehr zu den Regeln von %1: Zugriff erfordert jetzt eine Ticket-Referenz. Lehnen Sie sie ab und bitten Sie um eine mit Ticket.</translation>
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
    <message>
        <source>The server sent an answer that is not JSON.</source>
        <translation>Der Server hat eine Antwort gesendet, die kein JSON ist.</translation>
    </message>
    <message>
        <source>The connection broke before the answer ended.</source>
        <translation>Die Verbindung brach ab, bevor die Antwort vollständig war.</translation>
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
    <name>PackFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 line %2 is not an audit record.</source>
        <translation>%1 Zeile %2 ist kein Audit-Eintrag.</translation>
    </message>
</context>
<context>
    <name>PinnedKey</name>
    <message>
        <source>The pinned audit key must be a public key file (PEM) or a 64-digit SHA-256 fingerprint.</source>
        <translation>Der festgelegte Audit-Schlüssel muss eine Datei mit öffentlichem Schlüssel (PEM) oder ein 64-stelliger SHA-256-Fingerabdruck sein.</translation>
    </message>
</context>
<context>
    <name>Principal</name>
    <message>
        <source>The token has no &apos;%1&apos; claim, which this server identifies callers by; ask the identity provider&apos;s administrator to include it.</source>
        <translation>Das Token enthält keinen Claim „%1“, an dem dieser Server Aufrufer erkennt; bitten Sie die Administration des Identitätsanbieters, ihn aufzunehmen.</translation>
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
    <message>
        <source>Name the API resource to ask the identity provider for.</source>
        <translation>Geben Sie die API-Ressource an, die beim Identitätsanbieter angefragt wird.</translation>
    </message>
    <message>
        <source>Name the one scope that gives tokens for the API, e.g. api://gatehouse/.default.</source>
        <translation>Geben Sie den Scope an, der Tokens für die API liefert, z. B. api://gatehouse/.default.</translation>
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
    <message>
        <source>You are signed in as %1. You can close this tab and return to Gatehouse.</source>
        <translation>Sie sind als %1 angemeldet. Sie können diesen Tab schließen und zu Gatehouse zurückkehren.</translation>
    </message>
    <message>
        <source>You are signed in as %1, but the session could not be saved in the keychain: it lasts until Gatehouse quits, and you will sign in again next time. You can close this tab and return to Gatehouse.</source>
        <translation>Sie sind als %1 angemeldet, aber die Sitzung konnte nicht im Schlüsselbund gespeichert werden: Sie gilt, bis Gatehouse beendet wird, und beim nächsten Mal melden Sie sich erneut an. Sie können diesen Tab schließen und zu Gatehouse zurückkehren.</translation>
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
    <message>
        <source>The identity provider did not accept the sign-in code (it was already used, has expired, or was not issued for this sign-in). Nothing was signed in; start the sign-in again.</source>
        <translation>Der Identitätsanbieter hat den Anmeldecode nicht angenommen (bereits verwendet, abgelaufen oder nicht für diese Anmeldung ausgestellt). Es wurde niemand angemeldet; starten Sie die Anmeldung erneut.</translation>
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
</context>
<context>
    <name>SignedHead</name>
    <message>
        <source>The signed audit head is unreadable.</source>
        <translation>Der signierte Kopf der Audit-Kette ist unlesbar.</translation>
    </message>
</context>
<context>
    <name>SignedInUser</name>
    <message>
        <source>an account without a name</source>
        <translation>ein Konto ohne Namen</translation>
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
        <source>The token does not name its subject.</source>
        <translation>Das Token gibt kein Subjekt an.</translation>
    </message>
    <message>
        <source>The token requires an extension (&quot;crit&quot; header) that is not supported.</source>
        <translation>Das Token verlangt eine Erweiterung (Header „crit“), die nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>The token is also meant for an audience that is not trusted.</source>
        <translation>Das Token ist auch für eine Zielgruppe bestimmt, der nicht vertraut wird.</translation>
    </message>
    <message>
        <source>The token names several audiences but not the application it was issued to (no &quot;azp&quot;).</source>
        <translation>Das Token nennt mehrere Zielgruppen, aber nicht die Anwendung, für die es ausgestellt wurde (kein „azp“).</translation>
    </message>
    <message>
        <source>The token does not say when it expires (no &quot;exp&quot;).</source>
        <translation>Das Token sagt nicht, wann es abläuft (kein „exp“).</translation>
    </message>
    <message>
        <source>The token does not say when it was issued (no &quot;iat&quot;).</source>
        <translation>Das Token sagt nicht, wann es ausgestellt wurde (kein „iat“).</translation>
    </message>
    <message>
        <source>The token&apos;s nonce does not match this sign-in attempt (it belongs to another sign-in).</source>
        <translation>Die Nonce des Tokens passt nicht zu diesem Anmeldeversuch (sie gehört zu einer anderen Anmeldung).</translation>
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
    <name>ZipWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogExporter</name>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines, as the API lists them (*.jsonl)</source>
        <translation>JSON Lines, wie die API sie liefert (*.jsonl)</translation>
    </message>
    <message>
        <source>Export access log</source>
        <translation>Zugriffsprotokoll exportieren</translation>
    </message>
    <message>
        <source>Exporting the access log to %1…</source>
        <translation>Zugriffsprotokoll wird nach %1 exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting the access log: %1 of %2 requests…</source>
        <translation>Zugriffsprotokoll wird exportiert: %1 von %2 Anfragen …</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1</source>
        <translation>
            <numerusform>%n Anfrage nach %1 exportiert</numerusform>
            <numerusform>%n Anfragen nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogFacets</name>
    <message>
        <source>(anonymous)</source>
        <translation>(anonym)</translation>
    </message>
    <message>
        <source>(unknown host)</source>
        <translation>(unbekannter Host)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Top callers</source>
        <translation>Häufigste Aufrufer</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Häufigste Dienste</translation>
    </message>
    <message>
        <source>Top statuses</source>
        <translation>Häufigste Status</translation>
    </message>
    <message>
        <source>Top deny reasons</source>
        <translation>Häufigste Ablehnungsgründe</translation>
    </message>
    <message>
        <source>Click (or press Enter on) a value to add it to the filter.</source>
        <translation>Klicken Sie auf einen Wert (oder drücken Sie Eingabe), um ihn dem Filter hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogFilter</name>
    <message>
        <source>The quote at column %1 is never closed.</source>
        <translation>Das Anführungszeichen in Spalte %1 wird nie geschlossen.</translation>
    </message>
    <message>
        <source>%1 is a number: use =, !=, &lt;, &lt;=, &gt; or &gt;=.</source>
        <translation>%1 ist eine Zahl: verwenden Sie =, !=, &lt;, &lt;=, &gt; oder &gt;=.</translation>
    </message>
    <message>
        <source>%1 is not a status; write it like 404 or 5xx.</source>
        <translation>%1 ist kein Status; schreiben Sie ihn wie 404 oder 5xx.</translation>
    </message>
    <message>
        <source>%1 cannot be compared with %2; use =, != or ~.</source>
        <translation>%1 kann nicht mit %2 verglichen werden; verwenden Sie =, != oder ~.</translation>
    </message>
    <message>
        <source>%1 is allow or deny: use = or !=.</source>
        <translation>%1 ist allow oder deny: verwenden Sie = oder !=.</translation>
    </message>
    <message>
        <source>%1 is not a decision; use allow or deny.</source>
        <translation>%1 ist keine Entscheidung; verwenden Sie allow oder deny.</translation>
    </message>
    <message>
        <source>%1 is forged or unknown-host: use = or !=.</source>
        <translation>%1 ist forged oder unknown-host: verwenden Sie = oder !=.</translation>
    </message>
    <message>
        <source>%1 is not a flag; use forged or unknown-host.</source>
        <translation>%1 ist keine Markierung; verwenden Sie forged oder unknown-host.</translation>
    </message>
    <message>
        <source>Expected a field name or text at column %1; use one of: %2.</source>
        <translation>In Spalte %1 wird ein Feldname oder Text erwartet; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>Expected a condition at column %1.</source>
        <translation>In Spalte %1 wird eine Bedingung erwartet.</translation>
    </message>
    <message>
        <source>Expected a field name at column %1; use one of: %2.</source>
        <translation>In Spalte %1 wird ein Feldname erwartet; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>Unknown field %1 at column %2; use one of: %3.</source>
        <translation>Unbekanntes Feld %1 in Spalte %2; verwenden Sie eines von: %3.</translation>
    </message>
    <message>
        <source>Unknown operator %1 at column %2; use =, !=, &lt;, &lt;=, &gt;, &gt;= or ~.</source>
        <translation>Unbekannter Operator %1 in Spalte %2; verwenden Sie =, !=, &lt;, &lt;=, &gt;, &gt;= oder ~.</translation>
    </message>
    <message>
        <source>Missing value after %1 at column %2.</source>
        <translation>Wert nach %1 in Spalte %2 fehlt.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Expected %1 or %2 at column %3, found %4.</source>
        <translation>In Spalte %3 wird %1 oder %2 erwartet, gefunden: %4.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogHistogram</name>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>Requests over the range: allowed, denied, 5xx. Drag across the bars to narrow the range.</source>
        <translation>Anfragen im Zeitraum: erlaubt, verweigert, 5xx. Ziehen Sie über die Balken, um den Zeitraum einzugrenzen.</translation>
    </message>
    <message>
        <source>No requests in this range</source>
        <translation>Keine Anfragen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Requests per %1, %2 – %3</source>
        <translation>Anfragen pro %1, %2 – %3</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogModel</name>
    <message>
        <source>forged identity header</source>
        <translation>gefälschter Identitäts-Header</translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation>unbekannter Host</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>keine Entscheidung</translation>
    </message>
    <message>
        <source>No decision was recorded for this request.</source>
        <translation>Für diese Anfrage wurde keine Entscheidung aufgezeichnet.</translation>
    </message>
    <message>
        <source>an anonymous caller</source>
        <translation>ein anonymer Aufrufer</translation>
    </message>
    <message>
        <source>Allowed by grant %1: %2 → %3 %4</source>
        <translation>Erlaubt durch Freigabe %1: %2 → %3 %4</translation>
    </message>
    <message>
        <source>Allowed without a grant (%1): %2 → %3 %4</source>
        <translation>Ohne Freigabe erlaubt (%1): %2 → %3 %4</translation>
    </message>
    <message>
        <source>Denied: %1 (%2 %3)</source>
        <translation>Verweigert: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>Denied: %1 (%2 → %3 %4)</source>
        <translation>Verweigert: %1 (%2 → %3 %4)</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>genehmigt von %1</translation>
    </message>
    <message>
        <source>granted by %1</source>
        <translation>erteilt von %1</translation>
    </message>
    <message>
        <source>revoked by %1 at %2</source>
        <translation>widerrufen von %1 um %2</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab %1</translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation>abgelaufen um %1</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonym)</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Aufrufer</translation>
    </message>
    <message>
        <source>Service / host</source>
        <translation>Dienst / Host</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogSync</name>
    <message>
        <source>The access log stopped arriving before its end.</source>
        <translation>Das Zugriffsprotokoll brach vor seinem Ende ab.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogView</name>
    <message>
        <source>Filter: user = bob and status &gt;= 500, service = payments, decision = deny, path ~ /v1/charges, or any text</source>
        <translation>Filter: user = bob and status &gt;= 500, service = payments, decision = deny, path ~ /v1/charges oder beliebiger Text</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>All cached</source>
        <translation>Alles im Cache</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Follow new requests as they arrive (Ctrl+Shift+L)</source>
        <translation>Neuen Anfragen beim Eintreffen folgen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>&amp;Export access log…</source>
        <translation>Zugriffsprotokoll &amp;exportieren …</translation>
    </message>
    <message>
        <source>Save the requests the filter and range select as CSV or JSON Lines (Ctrl+E)</source>
        <translation>Die von Filter und Zeitraum gewählten Anfragen als CSV oder JSON Lines speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Time range (Ctrl+T)</source>
        <translation>Zeitraum (Strg+T)</translation>
    </message>
    <message>
        <source>Filter (Ctrl+L or /); Ctrl+Space offers fields, operators and values; Enter applies</source>
        <translation>Filter (Strg+L oder /); Strg+Leertaste schlägt Felder, Operatoren und Werte vor; Eingabe wendet an</translation>
    </message>
    <message>
        <source>Select a request to see every field and its decision.</source>
        <translation>Wählen Sie eine Anfrage, um alle Felder und ihre Entscheidung zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>Als JSON &amp;kopieren</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Aufrufer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>User logged by the edge</source>
        <translation>Vom Edge protokollierter Benutzer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>(show in the graph)</source>
        <translation>(im Graphen zeigen)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Forged header sent</source>
        <translation>Gesendeter gefälschter Header</translation>
    </message>
    <message>
        <source>Decision id</source>
        <translation>Entscheidungs-ID</translation>
    </message>
    <message>
        <source>Line id</source>
        <translation>Zeilen-ID</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the cache again and sync (Ctrl+R)</source>
        <translation>Cache neu lesen und synchronisieren (Strg+R)</translation>
    </message>
    <message>
        <source>grant %1</source>
        <translation>Freigabe %1</translation>
    </message>
    <message>
        <source>Grants of %1 on %2</source>
        <translation>Freigaben von %1 für %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::AuditFields</name>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>gatehouse::AuditFilter</name>
    <message>
        <source>The quote at column %1 is never closed.</source>
        <translation>Das Anführungszeichen in Spalte %1 wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Expected a condition at column %1; use one of: %2.</source>
        <translation>In Spalte %1 wird eine Bedingung erwartet; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>Unknown field %1 at column %2; use one of: %3.</source>
        <translation>Unbekanntes Feld %1 in Spalte %2; verwenden Sie eines von: %3.</translation>
    </message>
    <message>
        <source>Unknown operator %1 at column %2; use =, != or ~.</source>
        <translation>Unbekannter Operator %1 in Spalte %2; verwenden Sie =, != oder ~.</translation>
    </message>
    <message>
        <source>Missing value after %1 at column %2.</source>
        <translation>Fehlender Wert nach %1 in Spalte %2.</translation>
    </message>
    <message>
        <source>Expected %1 or %2 at column %3, found %4.</source>
        <translation>In Spalte %3 wird %1 oder %2 erwartet, gefunden: %4.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AuditModel</name>
    <message>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
</context>
<context>
    <name>gatehouse::AuditTrustText</name>
    <message>
        <source>&lt;b&gt;Chain broken at seq %1:&lt;/b&gt; %2; records from seq %1 on cannot be trusted</source>
        <translation>&lt;b&gt;Kette bei Seq %1 gebrochen:&lt;/b&gt; %2; Einträgen ab Seq %1 kann nicht vertraut werden</translation>
    </message>
    <message>
        <source>&lt;b&gt;the chain is not signed by this profile&apos;s pinned key&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;die Kette ist nicht mit dem festgelegten Schlüssel dieses Profils signiert&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;checkpoint at seq %1 disagrees:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Checkpoint bei Seq %1 weicht ab:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>No audit records synced yet</source>
        <translation>Noch keine Audit-Einträge synchronisiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain from seq %1 to %2 intact&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kette von Seq %1 bis %2 intakt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The signed head at seq %1 is rejected:&lt;/b&gt; %2.</source>
        <translation>&lt;b&gt;Der signierte Kopf bei Seq %1 wird abgelehnt:&lt;/b&gt; %2.</translation>
    </message>
    <message>
        <source>head signed by key %1, which matches this profile&apos;s pinned key</source>
        <translation>Kopf signiert mit Schlüssel %1, der zum festgelegten Schlüssel dieses Profils passt</translation>
    </message>
    <message>
        <source>head signed by key %1</source>
        <translation>Kopf signiert mit Schlüssel %1</translation>
    </message>
    <message>
        <source>no key pinned: only internal consistency checked (&lt;a href=&quot;pin&quot;&gt;pin the audit key…&lt;/a&gt;)</source>
        <translation>kein Schlüssel festgelegt: nur die innere Stimmigkeit geprüft (&lt;a href=&quot;pin&quot;&gt;Audit-Schlüssel festlegen…&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>nothing signed was there to check against the pinned key</source>
        <translation>es gab nichts Signiertes, um es mit dem festgelegten Schlüssel zu prüfen</translation>
    </message>
    <message>
        <source>signed by this profile&apos;s pinned key</source>
        <translation>mit dem festgelegten Schlüssel dieses Profils signiert</translation>
    </message>
    <message>
        <source>last checkpoint at %1 (seq %2)</source>
        <translation>letzter Checkpoint am %1 (Seq %2)</translation>
    </message>
    <message>
        <source>no checkpoint falls inside the records checked</source>
        <translation>kein Checkpoint fällt in die geprüften Einträge</translation>
    </message>
    <message>
        <source>no checkpoints given</source>
        <translation>keine Checkpoints angegeben</translation>
    </message>
</context>
<context>
    <name>gatehouse::AuditVerification</name>
    <message>
        <source>The pinned audit key cannot be read: %1</source>
        <translation>Der festgelegte Audit-Schlüssel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The checkpoints cannot be read: %1</source>
        <translation>Die Checkpoints können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the control plane&apos;s signed head ends at seq %1, but records up to seq %2 were synced before: the end of the chain was removed</source>
        <translation>der signierte Kopf der Steuerungsebene endet bei Seq %1, aber zuvor wurden Einträge bis Seq %2 synchronisiert: das Ende der Kette wurde entfernt</translation>
    </message>
</context>
<context>
    <name>gatehouse::AuditView</name>
    <message>
        <source>The audit chain has not been verified yet.</source>
        <translation>Die Audit-Kette wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Read the whole chain from the control plane again and verify it (Ctrl+Shift+V)</source>
        <translation>Die ganze Kette erneut von der Steuerungsebene lesen und prüfen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Filter, e.g. grant = 42 or actor = alice and action ~ revoked (Ctrl+F)</source>
        <translation>Filter, z. B. grant = 42 or actor = alice and action ~ revoked (Strg+F)</translation>
    </message>
    <message>
        <source>Fields: %1. Operators: =, != and ~ (contains); combine with and, or. Text alone searches every field.</source>
        <translation>Felder: %1. Operatoren: =, != und ~ (enthält); verknüpfen mit and, or. Text allein durchsucht alle Felder.</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>All synced</source>
        <translation>Alles Synchronisierte</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>Von (einschließlich)</translation>
    </message>
    <message>
        <source>Until (exclusive)</source>
        <translation>Bis (ausschließlich)</translation>
    </message>
    <message>
        <source>Select a record to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <source>Verifying the audit chain… %1 records checked</source>
        <translation>Prüfe die Audit-Kette… %1 Einträge geprüft</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Prüfe die Audit-Kette…</translation>
    </message>
    <message>
        <source>Record %1 — %2 by %3 at %4
</source>
        <translation>Eintrag %1 — %2 durch %3 am %4
</translation>
    </message>
    <message>
        <source>This record is at or after the first bad record: do not trust it.
</source>
        <translation>Dieser Eintrag ist der erste fehlerhafte oder liegt danach: Vertrauen Sie ihm nicht.
</translation>
    </message>
    <message>
        <source>Changed: %1
</source>
        <translation>Geändert: %1
</translation>
    </message>
    <message>
        <source>hash %1
prev %2

Before:
%3
After:
%4</source>
        <translation>Hash %1
Vorgänger %2

Vorher:
%3
Nachher:
%4</translation>
    </message>
    <message>
        <source>V&amp;erify again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Zeit&amp;raum:</translation>
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
    <message>
        <source>Read-only: offline</source>
        <translation>Schreibgeschützt: offline</translation>
    </message>
    <message>
        <source>Sign in to make changes</source>
        <translation>Melden Sie sich an, um Änderungen vorzunehmen</translation>
    </message>
    <message>
        <source>Live · %1</source>
        <translation>Live · %1</translation>
    </message>
    <message>
        <source>Offline — control plane unreachable; showing data from %1 ago, read-only</source>
        <translation>Offline — Steuerungsebene nicht erreichbar; Daten von vor %1 werden schreibgeschützt angezeigt</translation>
    </message>
    <message>
        <source>Offline — control plane unreachable</source>
        <translation>Offline — Steuerungsebene nicht erreichbar</translation>
    </message>
    <message>
        <source>The control plane did not accept your session</source>
        <translation>Die Steuerungsebene hat Ihre Sitzung nicht akzeptiert</translation>
    </message>
    <message>
        <source>From cache, %1 old — refreshing…</source>
        <translation>Aus dem Cache, %1 alt — wird aktualisiert…</translation>
    </message>
    <message>
        <source>The control plane could not be reached; nothing was granted. Try again when it is back.</source>
        <translation>Die Steuerungsebene konnte nicht erreicht werden; es wurde nichts gewährt. Versuchen Sie es erneut, sobald sie wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>the control plane could not be reached</source>
        <translation>die Steuerungsebene konnte nicht erreicht werden</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>extend</source>
        <translation>verlängert</translation>
    </message>
    <message>
        <source>Could not %1 the grant for %2: %3</source>
        <translation>Die Freigabe für %2 konnte nicht %1 werden: %3</translation>
    </message>
    <message>
        <source>The control plane cannot be reached and nothing is cached for this profile yet.</source>
        <translation>Die Steuerungsebene ist nicht erreichbar, und für dieses Profil ist noch nichts zwischengespeichert.</translation>
    </message>
    <message>
        <source>Loading the graph…</source>
        <translation>Graph wird geladen…</translation>
    </message>
    <message>
        <source>Sign in to see who can reach which service.</source>
        <translation>Melden Sie sich an, um zu sehen, wer welchen Dienst erreichen darf.</translation>
    </message>
    <message>
        <source>Sign in and wait for the catalog to load before granting access.</source>
        <translation>Melden Sie sich an und warten Sie, bis der Katalog geladen ist, bevor Sie Zugriff gewähren.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in the cache match</source>
        <translation>
            <numerusform>%n Anfrage im Cache passt</numerusform>
            <numerusform>%n Anfragen im Cache passen</numerusform>
        </translation>
    </message>
    <message>
        <source>synced %1 ago</source>
        <translation>vor %1 synchronisiert</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <source> · new requests arrived: Refresh to see them</source>
        <translation> · neue Anfragen eingetroffen: Aktualisieren zeigt sie</translation>
    </message>
    <message>
        <source>cache: %1 lines</source>
        <translation>Cache: %1 Zeilen</translation>
    </message>
    <message>
        <source>1 day kept</source>
        <translation>1 Tag aufbewahrt</translation>
    </message>
    <message>
        <source>%1 days kept</source>
        <translation>%1 Tage aufbewahrt</translation>
    </message>
    <message>
        <source>kept without an age limit</source>
        <translation>ohne Altersgrenze aufbewahrt</translation>
    </message>
    <message>
        <source>Offline — showing cached requests only (%1, %2)</source>
        <translation>Offline – nur Anfragen aus dem Cache (%1, %2)</translation>
    </message>
    <message>
        <source>Not signed in — showing cached requests only (%1)</source>
        <translation>Nicht angemeldet – nur Anfragen aus dem Cache (%1)</translation>
    </message>
    <message>
        <source>Export &amp;evidence…</source>
        <translation>&amp;Nachweise exportieren…</translation>
    </message>
    <message>
        <source>An evidence pack for a period that auditors verify offline</source>
        <translation>Ein Nachweispaket für einen Zeitraum, das Prüfer offline kontrollieren</translation>
    </message>
    <message>
        <source>Audit chain synced %1; what was synced stays readable offline.</source>
        <translation>Audit-Kette synchronisiert %1; Synchronisiertes bleibt offline lesbar.</translation>
    </message>
    <message>
        <source>The control plane does not show you the audit chain: %1 Ask to be added to the auditors group.</source>
        <translation>Die Steuerungsebene zeigt Ihnen die Audit-Kette nicht: %1 Bitten Sie darum, in die Gruppe der Prüfer aufgenommen zu werden.</translation>
    </message>
    <message>
        <source>The audit chain could not be synced (%1); showing what was synced before.</source>
        <translation>Die Audit-Kette konnte nicht synchronisiert werden (%1); angezeigt wird das zuvor Synchronisierte.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match.</source>
        <translation>
            <numerusform>%n Eintrag passt.</numerusform>
            <numerusform>%n Einträge passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first: the control plane writes the export on its audit record.</source>
        <translation>Melden Sie sich zuerst an: Die Steuerungsebene hält den Export in ihrem Audit-Protokoll fest.</translation>
    </message>
    <message>
        <source>The evidence pack was not written: %1</source>
        <translation>Das Nachweispaket wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence pack for %1 written&lt;/b&gt; to %2 and %3. The export is audit record %4; the chain segment runs from seq %5 to %4.</source>
        <translation>&lt;b&gt;Nachweispaket für %1 geschrieben&lt;/b&gt; nach %2 und %3. Der Export ist Audit-Eintrag %4; der Kettenabschnitt reicht von Seq %5 bis %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not verified here:&lt;/b&gt; this profile has no pinned audit key. Check it with: gatehouse evidence verify %1 --key AUDIT-KEY</source>
        <translation>&lt;b&gt;Hier nicht geprüft:&lt;/b&gt; Dieses Profil hat keinen festgelegten Audit-Schlüssel. Prüfen Sie es mit: gatehouse evidence verify %1 --key AUDIT-KEY</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified&lt;/b&gt; offline with this profile&apos;s pinned key %1: every file is as the audit key signed it, and every population is what the signed chain says.</source>
        <translation>&lt;b&gt;Offline geprüft&lt;/b&gt; mit dem festgelegten Schlüssel %1 dieses Profils: Jede Datei ist so, wie der Audit-Schlüssel sie signiert hat, und jede Grundgesamtheit entspricht der signierten Kette.</translation>
    </message>
    <message>
        <source>&lt;b&gt;NOT VERIFIED&lt;/b&gt; with this profile&apos;s pinned key: %1</source>
        <translation>&lt;b&gt;NICHT GEPRÜFT&lt;/b&gt; mit dem festgelegten Schlüssel dieses Profils: %1</translation>
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
    <name>gatehouse::EvidenceDialog</name>
    <message>
        <source>Export evidence</source>
        <translation>Nachweise exportieren</translation>
    </message>
    <message>
        <source>Writes a folder (and a .zip of it) an auditor can verify offline: the period&apos;s populations as CSV, the signed chain segment, a PDF memo and a signed manifest. The export itself goes on the audit record.</source>
        <translation>Schreibt einen Ordner (und ein .zip davon), den Prüfer offline kontrollieren können: die Grundgesamtheiten des Zeitraums als CSV, den signierten Kettenabschnitt, ein PDF-Memo und ein signiertes Manifest. Der Export selbst wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>A quarter (2026-Q4), a month (2026-11) or a year (2026), in UTC</source>
        <translation>Ein Quartal (2026-Q4), ein Monat (2026-11) oder ein Jahr (2026), in UTC</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Tick services to limit the pack to them; none ticked: all</source>
        <translation>Dienste ankreuzen, um das Paket auf sie zu beschränken; keiner angekreuzt: alle</translation>
    </message>
    <message>
        <source>&amp;Services (none ticked: all):</source>
        <translation>&amp;Dienste (keiner angekreuzt: alle):</translation>
    </message>
    <message>
        <source>e.g. SOC 2 Type II fieldwork, Q4</source>
        <translation>z. B. SOC-2-Typ-II-Prüfung, Q4</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Folder to write:</source>
        <translation>Ziel&amp;ordner:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Folder to write</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>Write the period as a quarter (2026-Q4), a month (2026-11) or a year.</source>
        <translation>Geben Sie den Zeitraum als Quartal (2026-Q4), Monat (2026-11) oder Jahr an.</translation>
    </message>
    <message>
        <source>Say why the evidence is exported; it goes on the audit record.</source>
        <translation>Sagen Sie, warum die Nachweise exportiert werden; das wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Choose the folder to write.</source>
        <translation>Wählen Sie den Zielordner.</translation>
    </message>
    <message>
        <source>%1 exists and is not empty; choose a new folder.</source>
        <translation>%1 existiert und ist nicht leer; wählen Sie einen neuen Ordner.</translation>
    </message>
</context>
<context>
    <name>gatehouse::GrantDialog</name>
    <message>
        <source>Grant access</source>
        <translation>Zugriff gewähren</translation>
    </message>
    <message>
        <source>name, e.g. bob</source>
        <translation>Name, z. B. bob</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>%1 — yours</source>
        <translation>%1 — Ihr Dienst</translation>
    </message>
    <message>
        <source>%1 — request from its owners</source>
        <translation>%1 — bei den Eigentümern beantragen</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Any</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;Methods:</source>
        <translation>&amp;Methoden:</translation>
    </message>
    <message>
        <source>Path prefixes, separated by commas, each starting with /.</source>
        <translation>Pfadpräfixe, durch Kommas getrennt, jeweils beginnend mit /.</translation>
    </message>
    <message>
        <source>&amp;Paths:</source>
        <translation>&amp;Pfade:</translation>
    </message>
    <message>
        <source>Pick a preset or type a duration such as 90s, 45m or 1h30m.</source>
        <translation>Wählen Sie eine Vorgabe, oder geben Sie eine Dauer wie 90s, 45m oder 1h30m ein.</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <source>&amp;Later:</source>
        <translation>&amp;Später:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Beginn:</translation>
    </message>
    <message>
        <source>why access is needed (required)</source>
        <translation>warum der Zugriff benötigt wird (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>e.g. INC-1234</source>
        <translation>z. B. INC-1234</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Wählen Sie einen Dienst aus.</translation>
    </message>
    <message>
        <source>Say who gets access.</source>
        <translation>Geben Sie an, wer Zugriff erhält.</translation>
    </message>
    <message>
        <source>Choose at least one method.</source>
        <translation>Wählen Sie mindestens eine Methode aus.</translation>
    </message>
    <message>
        <source>Type a duration such as 90s, 45m or 1h30m.</source>
        <translation>Geben Sie eine Dauer wie 90s, 45m oder 1h30m ein.</translation>
    </message>
    <message>
        <source>Access to %1 can be granted for at most %2.</source>
        <translation>Zugriff auf %1 kann für höchstens %2 gewährt werden.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Geben Sie einen Grund an.</translation>
    </message>
    <message>
        <source>Access to %1 needs a ticket reference.</source>
        <translation>Zugriff auf %1 erfordert eine Ticketreferenz.</translation>
    </message>
    <message>
        <source>at most %1 for %2</source>
        <translation>höchstens %1 für %2</translation>
    </message>
    <message>
        <source>at the chosen start</source>
        <translation>zum gewählten Beginn</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Beantragen</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation>KI-Agent</translation>
    </message>
    <message>
        <source>Takes effect %1 — you own %2.</source>
        <translation>Gilt %1 — %2 gehört Ihnen.</translation>
    </message>
    <message>
        <source>Becomes a request: an owner of %1 must approve it.</source>
        <translation>Wird zur Anfrage: Ein Eigentümer von %1 muss sie genehmigen.</translation>
    </message>
    <message>
        <source>Becomes a request: another owner of %1 must approve it (nobody approves access for themselves).</source>
        <translation>Wird zur Anfrage: Ein anderer Eigentümer von %1 muss sie genehmigen (niemand genehmigt sich selbst Zugriff).</translation>
    </message>
    <message>
        <source>Becomes a request: %1 needs an owner&apos;s approval for every grant, and another owner must give it.</source>
        <translation>Wird zur Anfrage: %1 verlangt für jede Freigabe die Genehmigung eines Eigentümers, und ein anderer Eigentümer muss sie erteilen.</translation>
    </message>
    <message>
        <source>Each path must start with / and have no query, fragment, wildcard or &quot;..&quot;.</source>
        <translation>Jeder Pfad muss mit / beginnen und darf keine Abfrage, kein Fragment, keinen Platzhalter und kein „..“ enthalten.</translation>
    </message>
</context>
<context>
    <name>gatehouse::GrantHistoryDialog</name>
    <message>
        <source>Requested and active at once</source>
        <translation>Beantragt und sofort aktiv</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Lapsed: nobody decided in time</source>
        <translation>Verfallen: niemand hat rechtzeitig entschieden</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>, ticket %1</source>
        <translation>, Ticket %1</translation>
    </message>
    <message>
        <source> — %1 on %2, %3 %4, until %5</source>
        <translation> — %1 auf %2, %3 %4, bis %5</translation>
    </message>
    <message>
        <source>until %1 instead of %2</source>
        <translation>bis %1 statt %2</translation>
    </message>
    <message>
        <source>its window ended at %1</source>
        <translation>ihr Zeitfenster endete am %1</translation>
    </message>
    <message>
        <source>not reviewed by %1</source>
        <translation>nicht bis %1 geprüft</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>kein Grund festgehalten</translation>
    </message>
    <message>
        <source>History of grant %1</source>
        <translation>Verlauf der Freigabe %1</translation>
    </message>
    <message>
        <source>The audit records synced to this computer hold nothing about grant %1.</source>
        <translation>Die auf diesen Computer synchronisierten Audit-Einträge enthalten nichts zur Freigabe %1.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Grant %1&lt;/b&gt;: %2 on %3. %n step(s) on record, from the audit chain.</source>
        <translation>
            <numerusform>&lt;b&gt;Freigabe %1&lt;/b&gt;: %2 auf %3. %n Schritt festgehalten, aus der Audit-Kette.</numerusform>
            <numerusform>&lt;b&gt;Freigabe %1&lt;/b&gt;: %2 auf %3. %n Schritte festgehalten, aus der Audit-Kette.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>Show in &amp;Audit tab</source>
        <translation>Im &amp;Audit-Tab zeigen</translation>
    </message>
</context>
<context>
    <name>gatehouse::GrantWatcher</name>
    <message>
        <source>Access to %1 ends in %2</source>
        <translation>Zugriff auf %1 endet in %2</translation>
    </message>
    <message>
        <source>Your access to %1 expires at %2.</source>
        <translation>Ihr Zugriff auf %1 läuft um %2 ab.</translation>
    </message>
    <message>
        <source>%1&apos;s access to %2 that you granted expires at %3.</source>
        <translation>Der von Ihnen gewährte Zugriff von %1 auf %2 läuft um %3 ab.</translation>
    </message>
    <message>
        <source>%1 asks for access to %2</source>
        <translation>%1 beantragt Zugriff auf %2</translation>
    </message>
    <message>
        <source>%1 for %2: “%3”. Open Gatehouse to approve or deny.</source>
        <translation>%1 für %2: „%3“. Öffnen Sie Gatehouse, um den Antrag zu genehmigen oder abzulehnen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::GrantsModel</name>
    <message>
        <source>any method</source>
        <translation>alle Methoden</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>Genehmigung ausstehend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Verfallen</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>beginnt in %1</translation>
    </message>
    <message>
        <source>ending…</source>
        <translation>endet…</translation>
    </message>
    <message>
        <source>review within %1</source>
        <translation>Prüfung innerhalb von %1</translation>
    </message>
    <message>
        <source>%1 → %2, %3
from %4 until %5
reason: %6%7</source>
        <translation>%1 → %2, %3
von %4 bis %5
Grund: %6%7</translation>
    </message>
    <message>
        <source>
ticket: %1</source>
        <translation>
Ticket: %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>not applied in the mesh: %1</source>
        <translation>nicht im Mesh angewendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>
since %1, %n attempt(s), next at %2</source>
        <translation>
            <numerusform>
seit %1, %n Versuch, nächster um %2</numerusform>
            <numerusform>
seit %1, %n Versuche, nächster um %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not in the mesh</source>
        <translation>%1, nicht im Mesh</translation>
    </message>
</context>
<context>
    <name>gatehouse::GrantsView</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Filter by who, service, reason, ticket…</source>
        <translation>Nach Person, Dienst, Grund, Ticket filtern…</translation>
    </message>
    <message>
        <source>&amp;New grant…</source>
        <translation>&amp;Neue Freigabe…</translation>
    </message>
    <message>
        <source>Grant or request access (Ctrl+N)</source>
        <translation>Zugriff gewähren oder beantragen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>G&amp;enehmigen</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>Ver&amp;längern…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>Revoke access?</source>
        <translation>Zugriff widerrufen?</translation>
    </message>
    <message>
        <source>%1 loses access to %2 now. This cannot be undone.</source>
        <translation>%1 verliert sofort den Zugriff auf %2. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deny the request?</source>
        <translation>Antrag ablehnen?</translation>
    </message>
    <message>
        <source>%1 will not get access to %2.</source>
        <translation>%1 erhält keinen Zugriff auf %2.</translation>
    </message>
    <message>
        <source>Extend access</source>
        <translation>Zugriff verlängern</translation>
    </message>
    <message>
        <source>Extend %1&apos;s access to %2 by:</source>
        <translation>Zugriff von %1 auf %2 verlängern um:</translation>
    </message>
    <message>
        <source>Everything that happened to this grant, from the audit chain</source>
        <translation>Alles, was mit dieser Freigabe geschah, aus der Audit-Kette</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
</context>
<context>
    <name>gatehouse::MainWindow</name>
    <message>
        <source>Gatehouse — %1</source>
        <translation>Gatehouse — %1</translation>
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
    <message>
        <source>Sign in to see the service graph.</source>
        <translation>Melden Sie sich an, um den Dienstgraphen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graph</translation>
    </message>
    <message>
        <source>Sign in to see grants.</source>
        <translation>Melden Sie sich an, um Freigaben zu sehen.</translation>
    </message>
    <message>
        <source>G&amp;rants</source>
        <translation>F&amp;reigaben</translation>
    </message>
    <message>
        <source>The access-log browser comes in a later version.</source>
        <translation>Die Ansicht der Zugriffsprotokolle folgt in einer späteren Version.</translation>
    </message>
    <message>
        <source>Access &amp;log</source>
        <translation>Zugriffsprot&amp;okoll</translation>
    </message>
    <message>
        <source>Audit export comes in a later version.</source>
        <translation>Der Audit-Export folgt in einer späteren Version.</translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation>&amp;Freigaben</translation>
    </message>
    <message>
        <source>&amp;New grant…</source>
        <translation>&amp;Neue Freigabe…</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>Verbindu&amp;ng</translation>
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
        <source>API &amp;resource:</source>
        <translation>API-&amp;Ressource:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
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
    <message>
        <source>Resource indicator (RFC 8707)</source>
        <translation>Ressourcenindikator (RFC 8707)</translation>
    </message>
    <message>
        <source>Audience scope (Entra ID)</source>
        <translation>Zielgruppen-Scope (Entra ID)</translation>
    </message>
    <message>
        <source>Sign-in token (fixed audience, e.g. Okta)</source>
        <translation>Anmelde-Token (feste Zielgruppe, z. B. Okta)</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>no age limit</source>
        <translation>keine Altersgrenze</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>no line limit</source>
        <translation>keine Zeilengrenze</translation>
    </message>
    <message>
        <source> thousand lines</source>
        <translation> Tausend Zeilen</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>&amp;Keep access log:</source>
        <translation>Zugriffsprotokoll &amp;aufbewahren:</translation>
    </message>
    <message>
        <source>Pinned &amp;audit key:</source>
        <translation>Festgelegter &amp;Audit-Schlüssel:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, or a PEM public key file</source>
        <translation>SHA-256-Fingerabdruck oder eine PEM-Public-Key-Datei</translation>
    </message>
    <message>
        <source>The audit key you trust, from gatehoused audit public-key. The Audit tab checks the chain&apos;s signatures against it.</source>
        <translation>Der Audit-Schlüssel, dem Sie vertrauen, aus gatehoused audit public-key. Der Audit-Tab prüft die Signaturen der Kette damit.</translation>
    </message>
    <message>
        <source>Audit c&amp;heckpoints:</source>
        <translation>Audit-C&amp;heckpoints:</translation>
    </message>
    <message>
        <source>optional: a copy of gatehoused&apos;s checkpoint folder</source>
        <translation>optional: eine Kopie des Checkpoint-Ordners von gatehoused</translation>
    </message>
    <message>
        <source>Audit key: %1</source>
        <translation>Audit-Schlüssel: %1</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>Client-I&amp;D:</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>Sc&amp;opes:</translation>
    </message>
    <message>
        <source>API sco&amp;pe:</source>
        <translation>API-Sco&amp;pe:</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>gatehouse::ReviewDecisionDialog</name>
    <message>
        <source>Keep access</source>
        <translation>Zugriff behalten</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Zugriff widerrufen</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Überprüfung:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Wer:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Dienst:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Zugriff:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Standing permission (gatehoused configuration)</source>
        <translation>Dauerhafte Berechtigung (Konfiguration von gatehoused)</translation>
    </message>
    <message>
        <source>Grant until %1</source>
        <translation>Freigabe bis %1</translation>
    </message>
    <message>
        <source>The access stays as it is. Your reason is recorded in the audit trail.</source>
        <translation>Der Zugriff bleibt, wie er ist. Ihr Grund wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Standing permissions are set in gatehoused&apos;s configuration: this records a request to remove it, which an administrator carries out there. Access stays until then.</source>
        <translation>Dauerhafte Berechtigungen stehen in der Konfiguration von gatehoused: Hiermit wird ein Antrag auf Entfernung festgehalten, den ein Administrator dort umsetzt. Bis dahin bleibt der Zugriff bestehen.</translation>
    </message>
    <message>
        <source>The grant is revoked at once: the edge and the mesh refuse it from now on. Your reason is recorded in the audit trail.</source>
        <translation>Die Freigabe wird sofort widerrufen: Edge und Mesh lehnen sie ab jetzt ab. Ihr Grund wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>Why does this access stay? (required)</source>
        <translation>Warum bleibt dieser Zugriff? (Pflichtfeld)</translation>
    </message>
    <message>
        <source>Why does this access go? (required)</source>
        <translation>Warum wird dieser Zugriff entzogen? (Pflichtfeld)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Keep access</source>
        <translation>Zugriff &amp;behalten</translation>
    </message>
    <message>
        <source>Re&amp;voke access</source>
        <translation>Zugriff &amp;widerrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ReviewWatcher</name>
    <message>
        <source>Access reviews due (%1)</source>
        <translation>Zugriffsüberprüfungen fällig (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on your services wait for your decision in “%1”, due %2. Open Gatehouse to keep or revoke each.</source>
        <translation>
            <numerusform>%n Eintrag zu Ihren Diensten wartet in „%1“ auf Ihre Entscheidung, fällig am %2. Öffnen Sie Gatehouse, um ihn zu behalten oder zu widerrufen.</numerusform>
            <numerusform>%n Einträge zu Ihren Diensten warten in „%1“ auf Ihre Entscheidung, fällig am %2. Öffnen Sie Gatehouse, um jeden zu behalten oder zu widerrufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ReviewsController</name>
    <message>
        <source>Reviews</source>
        <translation>Überprüfungen</translation>
    </message>
    <message>
        <source>Access reviews wait for your decision</source>
        <translation>Zugriffsüberprüfungen warten auf Ihre Entscheidung</translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation>Die Entscheidung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Reviews due (%1)</source>
        <translation>Überprüfungen fällig (%1)</translation>
    </message>
    <message>
        <source>Reviews (%1)</source>
        <translation>Überprüfungen (%1)</translation>
    </message>
    <message>
        <source>Sign in to review access</source>
        <translation>Melden Sie sich an, um Zugriffe zu überprüfen</translation>
    </message>
    <message>
        <source>Read-only: offline</source>
        <translation>Schreibgeschützt: offline</translation>
    </message>
</context>
<context>
    <name>gatehouse::ReviewsModel</name>
    <message>
        <source>Waiting for you</source>
        <translation>Wartet auf Sie</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>Entfernung beantragt</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Nicht überprüft</translation>
    </message>
    <message>
        <source>Not reviewed, revoked</source>
        <translation>Nicht überprüft, widerrufen</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>all methods</source>
        <translation>alle Methoden</translation>
    </message>
    <message>
        <source>every path</source>
        <translation>jeder Pfad</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>By %1 at %2</source>
        <translation>Von %1 am %2</translation>
    </message>
    <message>
        <source>Standing permission</source>
        <translation>Dauerhafte Berechtigung</translation>
    </message>
    <message>
        <source>Grant until %1</source>
        <translation>Freigabe bis %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>gatehouse::ReviewsView</name>
    <message>
        <source>&amp;Keep…</source>
        <translation>&amp;Behalten…</translation>
    </message>
    <message>
        <source>Keep this access, with a reason</source>
        <translation>Diesen Zugriff behalten, mit Begründung</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke this access, with a reason</source>
        <translation>Diesen Zugriff widerrufen, mit Begründung</translation>
    </message>
    <message>
        <source>No access reviews are open for the services you own.</source>
        <translation>Für Ihre Dienste ist keine Zugriffsüberprüfung offen.</translation>
    </message>
    <message>
        <source>Every item is decided. Thank you.</source>
        <translation>Alle Einträge sind entschieden. Danke.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for your decision: keep or revoke each, with a reason. Due %1.</source>
        <translation>
            <numerusform>%n Eintrag wartet auf Ihre Entscheidung: behalten oder widerrufen, mit Begründung. Fällig am %1.</numerusform>
            <numerusform>%n Einträge warten auf Ihre Entscheidung: jeden behalten oder widerrufen, mit Begründung. Fällig am %1.</numerusform>
        </translation>
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
<context>
    <name>gatehouse::graph::FocusChip</name>
    <message>
        <source>Focused on %1 — Esc</source>
        <translation>Fokus auf %1 — Esc</translation>
    </message>
    <message>
        <source>Only %1 and what is one step away are shown. Click or press Esc to see the whole graph.</source>
        <translation>Nur %1 und was einen Schritt entfernt ist, wird gezeigt. Klicken oder Esc drücken, um den ganzen Graphen zu sehen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphDetails</name>
    <message>
        <source>Selected node details</source>
        <translation>Details zum ausgewählten Knoten</translation>
    </message>
    <message>
        <source>Select a node to see who can reach it and what it can reach.</source>
        <translation>Wählen Sie einen Knoten aus, um zu sehen, wer ihn erreichen kann und was er erreichen kann.</translation>
    </message>
    <message>
        <source>Who can reach it</source>
        <translation>Wer ihn erreichen kann</translation>
    </message>
    <message>
        <source>every service of mesh %1</source>
        <translation>jeder Dienst im Mesh %1</translation>
    </message>
    <message>
        <source>What it can reach</source>
        <translation>Was er erreichen kann</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Edge hosts</source>
        <translation>Edge-Hosts</translation>
    </message>
    <message>
        <source>Kuma</source>
        <translation>Kuma</translation>
    </message>
    <message>
        <source>mesh %1, service %2</source>
        <translation>Mesh %1, Dienst %2</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Longest grant</source>
        <translation>Maximale Freigabedauer</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>an owner approves</source>
        <translation>ein Eigentümer genehmigt</translation>
    </message>
    <message>
        <source>granted at once</source>
        <translation>sofort gewährt</translation>
    </message>
    <message>
        <source>ticket required</source>
        <translation>Ticket erforderlich</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilität</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>known to the mesh only</source>
        <translation>nur im Mesh bekannt</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>requested by %1, review by %2</source>
        <translation>beantragt von %1, Prüfung bis %2</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Dauerhafter Zugriff</translation>
    </message>
    <message>
        <source>Temporary grants</source>
        <translation>Befristete Freigaben</translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>Offene Anträge</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <source>Show access log (last hour)</source>
        <translation>Zugriffsprotokoll zeigen (letzte Stunde)</translation>
    </message>
    <message>
        <source>Show this caller&apos;s requests (last hour)</source>
        <translation>Anfragen dieses Aufrufers zeigen (letzte Stunde)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>mesh policy</source>
        <translation>Mesh-Richtlinie</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>Konfiguration</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphLegend</name>
    <message>
        <source>standing access</source>
        <translation>dauerhafter Zugriff</translation>
    </message>
    <message>
        <source>temporary grant</source>
        <translation>befristete Freigabe</translation>
    </message>
    <message>
        <source>pending request</source>
        <translation>offener Antrag</translation>
    </message>
    <message>
        <source>owned by you</source>
        <translation>in Ihrem Besitz</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>service (stripe: its team)</source>
        <translation>Dienst (Streifen: sein Team)</translation>
    </message>
    <message>
        <source>known to the mesh only</source>
        <translation>nur im Mesh bekannt</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>every service of a mesh</source>
        <translation>jeder Dienst eines Mesh</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>standing, by mesh policy</source>
        <translation>ständig, per Mesh-Richtlinie</translation>
    </message>
    <message>
        <source>grant ending within 10 min</source>
        <translation>Freigabe endet in 10 Min.</translation>
    </message>
    <message>
        <source>grant ended</source>
        <translation>Freigabe beendet</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>matches the search</source>
        <translation>passt zur Suche</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphPage</name>
    <message numerus="yes">
        <source>%n node(s) hidden.</source>
        <translation>
            <numerusform>%n Knoten ausgeblendet.</numerusform>
            <numerusform>%n Knoten ausgeblendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No node matches.</source>
        <translation>Kein Knoten passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) match.</source>
        <translation>
            <numerusform>%n Knoten passt.</numerusform>
            <numerusform>%n Knoten passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can reach %1.</source>
        <translation>Nichts kann %1 erreichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s) can reach %1: %2</source>
        <translation>
            <numerusform>%n Subjekt kann %1 erreichen: %2</numerusform>
            <numerusform>%n Subjekte können %1 erreichen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can reach nothing.</source>
        <translation>%1 kann nichts erreichen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 can reach %n service(s): %2</source>
        <translation>
            <numerusform>%1 kann %n Dienst erreichen: %2</numerusform>
            <numerusform>%1 kann %n Dienste erreichen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Find or &amp;hide nodes…</source>
        <translation>Knoten finden oder &amp;ausblenden…</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphPageToolbar</name>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the graph in view (F)</source>
        <translation>Graph in die Ansicht einpassen (F)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>Who can reach this service?</source>
        <translation>Wer kann diesen Dienst erreichen?</translation>
    </message>
    <message>
        <source>What can this subject reach?</source>
        <translation>Was kann dieses Subjekt erreichen?</translation>
    </message>
    <message>
        <source>owner = payments-team and expires &lt; 1h   (Ctrl+F)</source>
        <translation>owner = payments-team and expires &lt; 1h   (Strg+F)</translation>
    </message>
    <message>
        <source>Find or hide expression</source>
        <translation>Ausdruck zum Suchen oder Ausblenden</translation>
    </message>
    <message>
        <source>Fields: owner, subject, service, team, kind, name, health, sensitivity, approval, expires, source, state, method.
Combine with and / or; quote values; * is a wildcard.</source>
        <translation>Felder: owner, subject, service, team, kind, name, health, sensitivity, approval, expires, source, state, method.
Mit and / or verknüpfen; Werte in Anführungszeichen setzen; * ist ein Platzhalter.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Find or hide matching nodes</source>
        <translation>Passende Knoten suchen oder ausblenden</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphQuery</name>
    <message>
        <source>The quote at column %1 is never closed.</source>
        <translation>Das Anführungszeichen in Spalte %1 wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>%1 is not a duration; write it like 30s, 10m, 1h or 2d.</source>
        <translation>%1 ist keine Dauer; schreiben Sie sie wie 30s, 10m, 1h oder 2d.</translation>
    </message>
    <message>
        <source>%1 is not a kind; use service, user, group or agent.</source>
        <translation>%1 ist keine gültige Art; verwenden Sie service, user, group oder agent.</translation>
    </message>
    <message>
        <source>%1 is not a state; use standing, active or pending.</source>
        <translation>%1 ist kein gültiger Status; verwenden Sie standing, active oder pending.</translation>
    </message>
    <message>
        <source>Type an expression, for example: owner = payments-team.</source>
        <translation>Geben Sie einen Ausdruck ein, zum Beispiel: owner = payments-team.</translation>
    </message>
    <message>
        <source>Expected a field name at column %1; use one of: %2.</source>
        <translation>In Spalte %1 wird ein Feldname erwartet; verwenden Sie einen der folgenden: %2.</translation>
    </message>
    <message>
        <source>Unknown field %1 at column %2; use one of: %3.</source>
        <translation>Unbekanntes Feld %1 in Spalte %2; verwenden Sie eines der folgenden: %3.</translation>
    </message>
    <message>
        <source>Expected an operator (=, !=, &lt;, &gt;) after %1 at column %2.</source>
        <translation>Nach %1 wird in Spalte %2 ein Operator (=, !=, &lt;, &gt;) erwartet.</translation>
    </message>
    <message>
        <source>%1 compares durations: use &lt;, &lt;=, &gt; or &gt;= (column %2).</source>
        <translation>%1 vergleicht Zeitdauern: Verwenden Sie &lt;, &lt;=, &gt; oder &gt;= (Spalte %2).</translation>
    </message>
    <message>
        <source>%1 cannot be compared with %2; use = or != (column %3).</source>
        <translation>%1 kann nicht mit %2 verglichen werden; verwenden Sie = oder != (Spalte %3).</translation>
    </message>
    <message>
        <source>Missing value after %1 at column %2.</source>
        <translation>Nach %1 fehlt in Spalte %2 ein Wert.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Expected %1 or %2 at column %3, found %4.</source>
        <translation>In Spalte %3 wird %1 oder %2 erwartet, gefunden wurde %4.</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphView</name>
    <message>
        <source>Access graph</source>
        <translation>Zugriffsgraph</translation>
    </message>
    <message>
        <source>all of mesh %1</source>
        <translation>das gesamte Mesh %1</translation>
    </message>
    <message>
        <source>Show &amp;access log of %1</source>
        <translation>Zugriffs&amp;protokoll von %1 zeigen</translation>
    </message>
    <message>
        <source>Show &amp;access log of %1&apos;s requests</source>
        <translation>Zugriffs&amp;protokoll der Anfragen von %1 zeigen</translation>
    </message>
    <message>
        <source>&amp;Focus on its neighbourhood</source>
        <translation>Auf seine &amp;Umgebung fokussieren</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>%1 beantragt</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>alle Methoden</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>health unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>beantragt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>standing access (mesh policy %1)</source>
        <translation>ständiger Zugriff (Mesh-Richtlinie %1)</translation>
    </message>
    <message>
        <source>standing access (configuration)</source>
        <translation>ständiger Zugriff (Konfiguration)</translation>
    </message>
    <message>
        <source>temporary grant, %1</source>
        <translation>befristete Freigabe, %1</translation>
    </message>
    <message>
        <source>pending request for %1</source>
        <translation>offener Antrag für %1</translation>
    </message>
    <message>
        <source>pending request</source>
        <translation>offener Antrag</translation>
    </message>
    <message>
        <source>Methods: %1</source>
        <translation>Methoden: %1</translation>
    </message>
    <message>
        <source>Paths: %1</source>
        <translation>Pfade: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Legend (L)</source>
        <translation>Legende (L)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom ou&amp;t</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit the graph in view</source>
        <translation>Graph &amp;einpassen</translation>
    </message>
    <message>
        <source>&amp;Next node</source>
        <translation>&amp;Nächster Knoten</translation>
    </message>
    <message>
        <source>&amp;Previous node</source>
        <translation>&amp;Vorheriger Knoten</translation>
    </message>
    <message>
        <source>Focus on the &amp;selected service</source>
        <translation>Auf den ausgewählten &amp;Dienst fokussieren</translation>
    </message>
    <message>
        <source>L&amp;eave the focus</source>
        <translation>Fokus &amp;verlassen</translation>
    </message>
    <message>
        <source>Node &amp;menu…</source>
        <translation>Knoten&amp;menü…</translation>
    </message>
    <message>
        <source>Show the legen&amp;d</source>
        <translation>&amp;Legende zeigen</translation>
    </message>
    <message>
        <source>Lay the graph out &amp;again</source>
        <translation>Graph neu &amp;anordnen</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Zustand: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::TimeLeft</name>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
</context>
</TS>
