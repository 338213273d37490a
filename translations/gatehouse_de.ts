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
        <source>Gatehouse console: see who may reach which service, grant access that expires, export audit evidence and read access logs.

Exit codes: 0 success, 1 failure, 64 usage error, 78 bad profile or configuration.</source>
        <translation>Gatehouse-Konsole: einsehen, wer welchen Dienst erreichen darf, befristeten Zugriff gewähren, Audit-Nachweise exportieren und Zugriffsprotokolle lesen.

Exit-Codes: 0 Erfolg, 1 Fehler, 64 Aufruffehler, 78 ungültiges Profil oder ungültige Konfiguration.</translation>
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
</context>
</TS>
