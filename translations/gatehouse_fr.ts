<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccessRule</name>
    <message>
        <source>The server sent an unreadable permission.</source>
        <translation>Le serveur a envoyé une autorisation illisible.</translation>
    </message>
</context>
<context>
    <name>AuditRecord</name>
    <message>
        <source>An audit record is incomplete.</source>
        <translation>Un enregistrement d&apos;audit est incomplet.</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>The browser could not be opened.</source>
        <translation>Le navigateur n&apos;a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>Checkpoint</name>
    <message>
        <source>A checkpoint line is unreadable.</source>
        <translation>Une ligne de point de contrôle est illisible.</translation>
    </message>
    <message>
        <source>Cannot read the checkpoints: %1</source>
        <translation>Impossible de lire les points de contrôle : %1</translation>
    </message>
    <message>
        <source>%1 line %2: the checkpoint is unreadable (cut short or edited?)</source>
        <translation>%1 ligne %2 : le point de contrôle est illisible (tronqué ou modifié ?)</translation>
    </message>
</context>
<context>
    <name>CommandLineSession</name>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>email:  </source>
        <translation>e-mail&#xa0;: </translation>
    </message>
    <message>
        <source>groups: </source>
        <translation>groupes&#xa0;:</translation>
    </message>
    <message>
        <source>profile:</source>
        <translation>profil&#xa0;: </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>session ends:</source>
        <translation>fin de session&#xa0;:</translation>
    </message>
    <message>
        <source>There is no profile named %1.</source>
        <translation>Il n&apos;existe aucun profil nommé %1.</translation>
    </message>
    <message>
        <source>Sign in in your browser. If it did not open, visit:</source>
        <translation>Connectez-vous dans votre navigateur. S&apos;il ne s&apos;est pas ouvert, rendez-vous à l&apos;adresse suivante&#xa0;:</translation>
    </message>
    <message>
        <source>No keychain is available, so the session could not be saved; it was signed out again.</source>
        <translation>Aucun trousseau n&apos;est disponible, la session n&apos;a donc pas pu être enregistrée&#xa0;; elle a été de nouveau déconnectée.</translation>
    </message>
    <message>
        <source>No keychain is available, so no saved session can be read.</source>
        <translation>Aucun trousseau n&apos;est disponible, aucune session enregistrée ne peut donc être lue.</translation>
    </message>
    <message>
        <source>Not signed in. Run &apos;gatehouse login&apos; to sign in.</source>
        <translation>Non connecté. Exécutez «&#xa0;gatehouse login&#xa0;» pour vous connecter.</translation>
    </message>
    <message>
        <source>Signed out; the session was revoked.</source>
        <translation>Déconnecté&#xa0;; la session a été révoquée.</translation>
    </message>
    <message>
        <source>Not signed in; nothing to do.</source>
        <translation>Non connecté&#xa0;; rien à faire.</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Control plane URL (https, or http on loopback).</source>
        <translation>URL du plan de contrôle (https, ou http sur l&apos;adresse de bouclage).</translation>
    </message>
    <message>
        <source>OpenID Connect issuer URL.</source>
        <translation>URL de l&apos;émetteur OpenID Connect.</translation>
    </message>
    <message>
        <source>OAuth client ID of this console.</source>
        <translation>ID client OAuth de cette console.</translation>
    </message>
    <message>
        <source>Read endpoints from the demo stack&apos;s env &lt;file&gt;.</source>
        <translation>Lire les points de terminaison depuis le fichier env &lt;file&gt; de la pile de démo.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Use the saved profile &lt;name&gt;.</source>
        <translation>Utiliser le profil enregistré &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Run &lt;command&gt; with the sign-in URL as its last argument instead of opening the default browser (also GATEHOUSE_BROWSER).</source>
        <translation>Exécuter &lt;command&gt; avec l&apos;URL de connexion comme dernier argument au lieu d&apos;ouvrir le navigateur par défaut (également GATEHOUSE_BROWSER).</translation>
    </message>
    <message>
        <source>evidence export: the period, e.g. 2026-Q4, 2026-11 or 2026.</source>
        <translation>evidence export : la période, par ex. 2026-Q4, 2026-11 ou 2026.</translation>
    </message>
    <message>
        <source>evidence export: write the pack into the new folder &lt;dir&gt; (and &lt;dir&gt;.zip).</source>
        <translation>evidence export : écrire le dossier de preuves dans le nouveau dossier &lt;dir&gt; (et &lt;dir&gt;.zip).</translation>
    </message>
    <message>
        <source>evidence export: only these services (comma-separated); all when not given.</source>
        <translation>evidence export : uniquement ces services (séparés par des virgules) ; tous si absent.</translation>
    </message>
    <message>
        <source>evidence export: why, recorded with the export.</source>
        <translation>evidence export : pourquoi ; enregistré avec l&apos;export.</translation>
    </message>
    <message>
        <source>evidence verify: the audit key you trust, as a public key file (PEM) or its SHA-256 fingerprint.</source>
        <translation>evidence verify : la clé d&apos;audit à laquelle vous faites confiance, en fichier de clé publique (PEM) ou par son empreinte SHA-256.</translation>
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
        <translation>Console Gatehouse&#xa0;: voir qui peut atteindre quel service, accorder des accès qui expirent, exporter des preuves d&apos;audit et consulter les journaux d&apos;accès.

Commandes (sans commande, la fenêtre s&apos;ouvre)&#xa0;:
  login    se connecter via le navigateur et conserver la session dans le trousseau
  whoami   afficher qui est connecté et quand la session prend fin
  logout   révoquer la session auprès du fournisseur d&apos;identité et l&apos;oublier
  evidence export --period 2026-Q4 --out DIR [--services a,b]
           exporter un dossier de preuves (auditeurs et admins) dans un nouveau dossier et un .zip
  evidence verify DIR --key FINGERPRINT|FILE
           vérifier un dossier sans réseau, en ne faisant confiance qu&apos;à la clé d&apos;audit donnée

Codes de sortie&#xa0;: 0 succès, 1 échec, 10 fournisseur d&apos;identité injoignable, 11 connexion annulée, 12 délai de connexion dépassé, 13 accès refusé par le fournisseur d&apos;identité, 14 paramètre state non concordant, 15 émetteur non concordant, 16 jeton rejeté, 17 trousseau indisponible, 18 session terminée par le fournisseur d&apos;identité, 19 non connecté, 20 autre erreur du fournisseur d&apos;identité, 21 code de connexion refusé, 64 erreur d&apos;utilisation, 78 profil ou configuration incorrects.</translation>
    </message>
    <message>
        <source>login, whoami, logout or evidence</source>
        <translation>login, whoami, logout ou evidence</translation>
    </message>
    <message>
        <source>evidence export needs --period and --out.</source>
        <translation>evidence export nécessite --period et --out.</translation>
    </message>
    <message>
        <source>evidence verify needs --key: the audit key you trust (a public key file or its SHA-256 fingerprint).</source>
        <translation>evidence verify nécessite --key : la clé d&apos;audit à laquelle vous faites confiance (un fichier de clé publique ou son empreinte SHA-256).</translation>
    </message>
    <message>
        <source>Use &apos;evidence verify DIR --key KEY&apos; (one pack folder) or &apos;evidence export --period P --out DIR&apos;.</source>
        <translation>Utilisez &apos;evidence verify DIR --key KEY&apos; (un dossier de preuves) ou &apos;evidence export --period P --out DIR&apos;.</translation>
    </message>
    <message>
        <source>Use &apos;evidence export --period P --out DIR&apos; or &apos;evidence verify DIR --key KEY&apos;, not &apos;%1&apos;.</source>
        <translation>Utilisez &apos;evidence export --period P --out DIR&apos; ou &apos;evidence verify DIR --key KEY&apos;, pas &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>DemoEnv</name>
    <message>
        <source>Line %1 is not KEY=VALUE.</source>
        <translation>La ligne %1 n&apos;est pas de la forme KEY=VALUE.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Ed25519Key</name>
    <message>
        <source>The audit signing key is unusable.</source>
        <translation>La clé de signature d&apos;audit est inutilisable.</translation>
    </message>
</context>
<context>
    <name>EvidenceBundle</name>
    <message>
        <source>The control plane&apos;s evidence answer is unreadable.</source>
        <translation>La réponse de preuves du plan de contrôle est illisible.</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message>
        <source>Verifying the evidence pack %1 with the pinned audit key %2 (no network):</source>
        <translation>Vérification du dossier de preuves %1 avec la clé d&apos;audit épinglée %2 (sans réseau) :</translation>
    </message>
    <message>
        <source>VERIFIED: every file is as the audit key signed it, and every population is what the signed chain says.</source>
        <translation>VÉRIFIÉ : chaque fichier est tel que la clé d&apos;audit l&apos;a signé, et chaque population est celle que dit la chaîne signée.</translation>
    </message>
    <message>
        <source>NOT VERIFIED: %1 problem(s); do not rely on this pack.</source>
        <translation>NON VÉRIFIÉ : %1 problème(s) ; ne vous fiez pas à ce dossier.</translation>
    </message>
    <message>
        <source>Evidence pack for %1 written to %2 and %3.</source>
        <translation>Dossier de preuves pour %1 écrit dans %2 et %3.</translation>
    </message>
    <message>
        <source>The export is audit record %1; the chain segment runs from seq %2 to %1.</source>
        <translation>L&apos;export est l&apos;enregistrement d&apos;audit %1 ; le segment de chaîne va de seq %2 à %1.</translation>
    </message>
    <message>
        <source>Auditors check it with: gatehouse evidence verify %1 --key AUDIT-KEY</source>
        <translation>Les auditeurs le vérifient avec : gatehouse evidence verify %1 --key AUDIT-KEY</translation>
    </message>
    <message>
        <source>Not signed in. Run &apos;gatehouse login&apos; to sign in.</source>
        <translation>Non connecté. Lancez &apos;gatehouse login&apos; pour vous connecter.</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>The output folder %1 is not empty; choose a new one.</source>
        <translation>Le dossier de sortie %1 n&apos;est pas vide ; choisissez-en un nouveau.</translation>
    </message>
    <message>
        <source>%1.zip already exists; choose a new folder name.</source>
        <translation>%1.zip existe déjà ; choisissez un nouveau nom de dossier.</translation>
    </message>
    <message>
        <source>Asking the control plane for the chain segment (this records the export)…</source>
        <translation>Demande du segment de chaîne au plan de contrôle (cela enregistre l&apos;export)…</translation>
    </message>
    <message>
        <source>The control plane&apos;s chain segment does not verify: %1</source>
        <translation>Le segment de chaîne du plan de contrôle ne se vérifie pas : %1</translation>
    </message>
    <message>
        <source>Writing the PDF memo…</source>
        <translation>Rédaction du mémo PDF…</translation>
    </message>
    <message>
        <source>Having the control plane sign the manifest with the audit key…</source>
        <translation>Signature du manifeste par le plan de contrôle avec la clé d&apos;audit…</translation>
    </message>
    <message>
        <source>The control plane&apos;s signature over the manifest does not verify.</source>
        <translation>La signature du manifeste par le plan de contrôle ne se vérifie pas.</translation>
    </message>
</context>
<context>
    <name>EvidencePeriod</name>
    <message>
        <source>A period is a quarter (2026-Q4), a month (2026-11) or a year (2026), not &apos;%1&apos;.</source>
        <translation>Une période est un trimestre (2026-Q4), un mois (2026-11) ou une année (2026), pas &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>Grant</name>
    <message>
        <source>The server sent an unreadable grant.</source>
        <translation>Le serveur a envoyé une autorisation illisible.</translation>
    </message>
</context>
<context>
    <name>GrantRules</name>
    <message>
        <source>Access to %1 can be granted for at most %2.</source>
        <translation>L&apos;accès à %1 peut être accordé pour %2 au maximum.</translation>
    </message>
    <message>
        <source>The grant must end after it starts.</source>
        <translation>L&apos;autorisation doit se terminer après son début.</translation>
    </message>
    <message>
        <source>The grant cannot start in the past.</source>
        <translation>L&apos;autorisation ne peut pas commencer dans le passé.</translation>
    </message>
    <message>
        <source>The grant would already have expired.</source>
        <translation>L&apos;autorisation aurait déjà expiré.</translation>
    </message>
    <message>
        <source>Access to %1 needs a ticket reference.</source>
        <translation>L&apos;accès à %1 nécessite une référence de ticket.</translation>
    </message>
    <message>
        <source>Only an owner of %1 can review this request.</source>
        <translation>Seul un propriétaire de %1 peut examiner cette demande.</translation>
    </message>
    <message>
        <source>Nobody can review their own request.</source>
        <translation>Personne ne peut examiner sa propre demande.</translation>
    </message>
    <message>
        <source>Nobody can review a request for their own access.</source>
        <translation>Personne ne peut examiner une demande portant sur son propre accès.</translation>
    </message>
    <message>
        <source>This request is no longer pending (it is %1).</source>
        <translation>Cette demande n&apos;est plus en attente (état&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Only an owner of %1 or the requester can revoke this grant.</source>
        <translation>Seul un propriétaire de %1 ou le demandeur peut révoquer cette autorisation.</translation>
    </message>
    <message>
        <source>This grant has already ended (it is %1).</source>
        <translation>Cette autorisation a déjà pris fin (état&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Only an owner of %1 can extend this grant.</source>
        <translation>Seul un propriétaire de %1 peut prolonger cette autorisation.</translation>
    </message>
    <message>
        <source>Nobody can extend their own access.</source>
        <translation>Personne ne peut prolonger son propre accès.</translation>
    </message>
    <message>
        <source>Only an active grant can be extended.</source>
        <translation>Seule une autorisation active peut être prolongée.</translation>
    </message>
    <message>
        <source>The new end must be later than the current one.</source>
        <translation>La nouvelle date de fin doit être postérieure à l&apos;actuelle.</translation>
    </message>
    <message>
        <source>This request no longer fits the rules of %1: access can now be granted for at most %2. Deny it and ask for a shorter one.</source>
        <translation>Cette demande ne respecte plus les règles de %1 : l’accès ne peut désormais être accordé que pour %2 au plus. Refusez-la et demandez-en une plus courte.</translation>
    </message>
    <message>
        <source>This request no longer fits the rules of %1: access now needs a ticket reference. Deny it and ask for one with a ticket.</source>
        <translation>Cette demande ne respecte plus les règles de %1 : l’accès exige désormais une référence de ticket. Refusez-la et demandez-en une avec ticket.</translation>
    </message>
</context>
<context>
    <name>IdTokenVerifier</name>
    <message>
        <source>The identity provider&apos;s signing keys could not be loaded.</source>
        <translation>Les clés de signature du fournisseur d&apos;identité n&apos;ont pas pu être chargées.</translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <source>The identity provider published an unusable key.</source>
        <translation>Le fournisseur d&apos;identité a publié une clé inutilisable.</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>The token is not a well-formed JWT.</source>
        <translation>Le jeton n&apos;est pas un JWT bien formé.</translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>This address only receives Gatehouse sign-ins.</source>
        <translation>Cette adresse reçoit uniquement les connexions Gatehouse.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>This sign-in response was not started by this Gatehouse window. Start the sign-in again.</source>
        <translation>Cette réponse de connexion ne correspond à aucune connexion lancée depuis cette fenêtre Gatehouse. Relancez la connexion.</translation>
    </message>
    <message>
        <source>Signed in to Gatehouse</source>
        <translation>Connecté à Gatehouse</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Gatehouse.</source>
        <translation>La connexion a été annulée dans Gatehouse.</translation>
    </message>
</context>
<context>
    <name>NetworkJob</name>
    <message>
        <source>The request could not be sent.</source>
        <translation>La requête n&apos;a pas pu être envoyée.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified.</source>
        <translation>Le certificat TLS du serveur n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Le serveur n&apos;a pas pu être joint.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Le serveur a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>The server sent an answer that is not JSON.</source>
        <translation>Le serveur a envoyé une réponse qui n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>The connection broke before the answer ended.</source>
        <translation>La connexion a été interrompue avant la fin de la réponse.</translation>
    </message>
</context>
<context>
    <name>OidcMetadata</name>
    <message>
        <source>The identity provider&apos;s configuration is incomplete (no %1).</source>
        <translation>La configuration du fournisseur d&apos;identité est incomplète (%1 manquant).</translation>
    </message>
    <message>
        <source>The identity provider calls itself %1, not the issuer this profile names (%2).</source>
        <translation>Le fournisseur d&apos;identité se présente comme %1, et non comme l&apos;émetteur indiqué par ce profil (%2).</translation>
    </message>
    <message>
        <source>The identity provider does not support PKCE with S256, which Gatehouse requires.</source>
        <translation>Le fournisseur d&apos;identité ne prend pas en charge PKCE avec S256, ce qu&apos;exige Gatehouse.</translation>
    </message>
</context>
<context>
    <name>PackFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 line %2 is not an audit record.</source>
        <translation>%1 ligne %2 n&apos;est pas un enregistrement d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>PinnedKey</name>
    <message>
        <source>The pinned audit key must be a public key file (PEM) or a 64-digit SHA-256 fingerprint.</source>
        <translation>La clé d&apos;audit épinglée doit être un fichier de clé publique (PEM) ou une empreinte SHA-256 de 64 chiffres.</translation>
    </message>
</context>
<context>
    <name>Principal</name>
    <message>
        <source>The token has no &apos;%1&apos; claim, which this server identifies callers by; ask the identity provider&apos;s administrator to include it.</source>
        <translation>Le jeton n’a pas de claim « %1 », par lequel ce serveur identifie les appelants ; demandez à l’administrateur du fournisseur d’identité de l’inclure.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>control plane</source>
        <translation>du plan de contrôle</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>de l&apos;émetteur</translation>
    </message>
    <message>
        <source>The profile has no client ID.</source>
        <translation>Le profil n&apos;a pas d&apos;ID client.</translation>
    </message>
    <message>
        <source>Name the API resource to ask the identity provider for.</source>
        <translation>Indiquez la ressource d’API à demander au fournisseur d’identité.</translation>
    </message>
    <message>
        <source>Name the one scope that gives tokens for the API, e.g. api://gatehouse/.default.</source>
        <translation>Indiquez le scope qui donne des jetons pour l’API, p. ex. api://gatehouse/.default.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>The profiles could not be saved.</source>
        <translation>Les profils n&apos;ont pas pu être enregistrés.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The identity provider issued no refresh token; allow offline_access for this client.</source>
        <translation>Le fournisseur d&apos;identité n&apos;a émis aucun jeton d&apos;actualisation&#xa0;; autorisez offline_access pour ce client.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token response is incomplete.</source>
        <translation>La réponse de jeton du fournisseur d&apos;identité est incomplète.</translation>
    </message>
    <message>
        <source>The identity provider returned a token for a different user.</source>
        <translation>Le fournisseur d&apos;identité a renvoyé un jeton pour un autre utilisateur.</translation>
    </message>
    <message>
        <source>The keychain is not available, so there is no saved session to sign out of.</source>
        <translation>Le trousseau n&apos;est pas disponible, il n&apos;y a donc aucune session enregistrée à déconnecter.</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the identity provider could not be reached to revoke the session.</source>
        <translation>Déconnecté sur cet ordinateur, mais le fournisseur d&apos;identité n&apos;a pas pu être joint pour révoquer la session.</translation>
    </message>
    <message>
        <source>You are signed in as %1. You can close this tab and return to Gatehouse.</source>
        <translation>Vous êtes connecté en tant que %1. Vous pouvez fermer cet onglet et revenir à Gatehouse.</translation>
    </message>
    <message>
        <source>You are signed in as %1, but the session could not be saved in the keychain: it lasts until Gatehouse quits, and you will sign in again next time. You can close this tab and return to Gatehouse.</source>
        <translation>Vous êtes connecté en tant que %1, mais la session n’a pas pu être enregistrée dans le trousseau : elle dure jusqu’à la fermeture de Gatehouse et vous vous reconnecterez la prochaine fois. Vous pouvez fermer cet onglet et revenir à Gatehouse.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The identity provider could not be reached: %1</source>
        <translation>Le fournisseur d&apos;identité n&apos;a pas pu être joint&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your session has ended at the identity provider (it was signed out, expired, or a used refresh token was presented again). Please sign in again.</source>
        <translation>Votre session a pris fin auprès du fournisseur d&apos;identité (elle a été déconnectée, elle a expiré, ou un jeton d&apos;actualisation déjà utilisé a été présenté à nouveau). Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The identity provider refused: %1</source>
        <translation>Le fournisseur d&apos;identité a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s ID token was rejected: %1</source>
        <translation>Le jeton d&apos;identité du fournisseur d&apos;identité a été rejeté&#xa0;: %1</translation>
    </message>
    <message>
        <source>The identity provider did not accept the sign-in code (it was already used, has expired, or was not issued for this sign-in). Nothing was signed in; start the sign-in again.</source>
        <translation>Le fournisseur d’identité n’a pas accepté le code de connexion (déjà utilisé, expiré ou non émis pour cette connexion). Aucune connexion n’a eu lieu ; recommencez la connexion.</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>The browser returned a sign-in response that this sign-in did not start (state mismatch). Nothing was signed in; start again.</source>
        <translation>Le navigateur a renvoyé une réponse de connexion qui ne provient pas de cette connexion (paramètre state non concordant). Aucune connexion n&apos;a été établie&#xa0;; recommencez.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in the browser in time.</source>
        <translation>La connexion n&apos;a pas été finalisée à temps dans le navigateur.</translation>
    </message>
    <message>
        <source>Could not open a local port to receive the sign-in.</source>
        <translation>Impossible d&apos;ouvrir un port local pour recevoir la connexion.</translation>
    </message>
    <message>
        <source>The sign-in response came from a different identity provider than the one this profile names (issuer mismatch).</source>
        <translation>La réponse de connexion provient d&apos;un autre fournisseur d&apos;identité que celui indiqué par ce profil (émetteur non concordant).</translation>
    </message>
    <message>
        <source>The sign-in was declined at the identity provider (access denied).</source>
        <translation>La connexion a été déclinée auprès du fournisseur d&apos;identité (accès refusé).</translation>
    </message>
    <message>
        <source>The identity provider refused the sign-in: %1</source>
        <translation>Le fournisseur d&apos;identité a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s response had no authorization code.</source>
        <translation>La réponse du fournisseur d&apos;identité ne contenait aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token response is incomplete.</source>
        <translation>La réponse de jeton du fournisseur d&apos;identité est incomplète.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s user information names a different user than the ID token.</source>
        <translation>Les informations utilisateur du fournisseur d&apos;identité désignent un autre utilisateur que le jeton d&apos;identité.</translation>
    </message>
</context>
<context>
    <name>SignedHead</name>
    <message>
        <source>The signed audit head is unreadable.</source>
        <translation>La tête signée de la chaîne d&apos;audit est illisible.</translation>
    </message>
</context>
<context>
    <name>SignedInUser</name>
    <message>
        <source>an account without a name</source>
        <translation>un compte sans nom</translation>
    </message>
</context>
<context>
    <name>TokenValidator</name>
    <message>
        <source>The token was signed with a key the identity provider does not publish.</source>
        <translation>Le jeton a été signé avec une clé que le fournisseur d&apos;identité ne publie pas.</translation>
    </message>
    <message>
        <source>The token names no key and the identity provider publishes several.</source>
        <translation>Le jeton n&apos;indique aucune clé et le fournisseur d&apos;identité en publie plusieurs.</translation>
    </message>
    <message>
        <source>The token uses a signing algorithm that is not accepted.</source>
        <translation>Le jeton utilise un algorithme de signature qui n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>The token is of the wrong type.</source>
        <translation>Le jeton n&apos;est pas du bon type.</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not valid.</source>
        <translation>La signature du jeton n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The token was issued by a different identity provider.</source>
        <translation>Le jeton a été émis par un autre fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>The token is meant for a different audience.</source>
        <translation>Le jeton est destiné à une autre audience.</translation>
    </message>
    <message>
        <source>The token was issued to a different application.</source>
        <translation>Le jeton a été émis pour une autre application.</translation>
    </message>
    <message>
        <source>The token has expired.</source>
        <translation>Le jeton a expiré.</translation>
    </message>
    <message>
        <source>The token is not valid yet.</source>
        <translation>Le jeton n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>The token claims to be issued in the future.</source>
        <translation>Le jeton indique une date d&apos;émission située dans le futur.</translation>
    </message>
    <message>
        <source>The token is too old.</source>
        <translation>Le jeton est trop ancien.</translation>
    </message>
    <message>
        <source>The token does not name its subject.</source>
        <translation>Le jeton n&apos;indique pas son sujet.</translation>
    </message>
    <message>
        <source>The token requires an extension (&quot;crit&quot; header) that is not supported.</source>
        <translation>Le jeton exige une extension (en-tête « crit ») qui n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>The token is also meant for an audience that is not trusted.</source>
        <translation>Le jeton est aussi destiné à une audience qui n’est pas de confiance.</translation>
    </message>
    <message>
        <source>The token names several audiences but not the application it was issued to (no &quot;azp&quot;).</source>
        <translation>Le jeton nomme plusieurs audiences mais pas l’application à laquelle il a été émis (pas de « azp »).</translation>
    </message>
    <message>
        <source>The token does not say when it expires (no &quot;exp&quot;).</source>
        <translation>Le jeton n’indique pas quand il expire (pas de « exp »).</translation>
    </message>
    <message>
        <source>The token does not say when it was issued (no &quot;iat&quot;).</source>
        <translation>Le jeton n’indique pas quand il a été émis (pas de « iat »).</translation>
    </message>
    <message>
        <source>The token&apos;s nonce does not match this sign-in attempt (it belongs to another sign-in).</source>
        <translation>Le nonce du jeton ne correspond pas à cette tentative de connexion (il appartient à une autre connexion).</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The %1 address is not a valid URL.</source>
        <translation>L&apos;adresse %1 n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The %1 address must use https (plain http is allowed only on this computer&apos;s loopback address).</source>
        <translation>L&apos;adresse %1 doit utiliser https (le http non chiffré n&apos;est autorisé que sur l&apos;adresse de bouclage de cet ordinateur).</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogExporter</name>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, pour les tableurs (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines, as the API lists them (*.jsonl)</source>
        <translation>JSON Lines, comme l’API les liste (*.jsonl)</translation>
    </message>
    <message>
        <source>Export access log</source>
        <translation>Exporter le journal d’accès</translation>
    </message>
    <message>
        <source>Exporting the access log to %1…</source>
        <translation>Export du journal d’accès vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting the access log: %1 of %2 requests…</source>
        <translation>Export du journal d’accès : %1 requêtes sur %2…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1</source>
        <translation>
            <numerusform>%n requête exportée vers %1</numerusform>
            <numerusform>%n requêtes exportées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogFacets</name>
    <message>
        <source>(anonymous)</source>
        <translation>(anonyme)</translation>
    </message>
    <message>
        <source>(unknown host)</source>
        <translation>(hôte inconnu)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Top callers</source>
        <translation>Principaux appelants</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>Principaux services</translation>
    </message>
    <message>
        <source>Top statuses</source>
        <translation>Principaux statuts</translation>
    </message>
    <message>
        <source>Top deny reasons</source>
        <translation>Principaux motifs de refus</translation>
    </message>
    <message>
        <source>Click (or press Enter on) a value to add it to the filter.</source>
        <translation>Cliquez sur une valeur (ou appuyez sur Entrée) pour l’ajouter au filtre.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogFilter</name>
    <message>
        <source>The quote at column %1 is never closed.</source>
        <translation>Le guillemet de la colonne %1 n’est jamais fermé.</translation>
    </message>
    <message>
        <source>%1 is a number: use =, !=, &lt;, &lt;=, &gt; or &gt;=.</source>
        <translation>%1 est un nombre : utilisez =, !=, &lt;, &lt;=, &gt; ou &gt;=.</translation>
    </message>
    <message>
        <source>%1 is not a status; write it like 404 or 5xx.</source>
        <translation>%1 n’est pas un statut ; écrivez-le comme 404 ou 5xx.</translation>
    </message>
    <message>
        <source>%1 cannot be compared with %2; use =, != or ~.</source>
        <translation>%1 ne peut pas être comparé avec %2 ; utilisez =, != ou ~.</translation>
    </message>
    <message>
        <source>%1 is allow or deny: use = or !=.</source>
        <translation>%1 vaut allow ou deny : utilisez = ou !=.</translation>
    </message>
    <message>
        <source>%1 is not a decision; use allow or deny.</source>
        <translation>%1 n’est pas une décision ; utilisez allow ou deny.</translation>
    </message>
    <message>
        <source>%1 is forged or unknown-host: use = or !=.</source>
        <translation>%1 vaut forged ou unknown-host : utilisez = ou !=.</translation>
    </message>
    <message>
        <source>%1 is not a flag; use forged or unknown-host.</source>
        <translation>%1 n’est pas un indicateur ; utilisez forged ou unknown-host.</translation>
    </message>
    <message>
        <source>Expected a field name or text at column %1; use one of: %2.</source>
        <translation>Nom de champ ou texte attendu à la colonne %1 ; utilisez l’un de : %2.</translation>
    </message>
    <message>
        <source>Expected a condition at column %1.</source>
        <translation>Condition attendue à la colonne %1.</translation>
    </message>
    <message>
        <source>Expected a field name at column %1; use one of: %2.</source>
        <translation>Nom de champ attendu à la colonne %1 ; utilisez l’un de : %2.</translation>
    </message>
    <message>
        <source>Unknown field %1 at column %2; use one of: %3.</source>
        <translation>Champ inconnu %1 à la colonne %2 ; utilisez l’un de : %3.</translation>
    </message>
    <message>
        <source>Unknown operator %1 at column %2; use =, !=, &lt;, &lt;=, &gt;, &gt;= or ~.</source>
        <translation>Opérateur inconnu %1 à la colonne %2 ; utilisez =, !=, &lt;, &lt;=, &gt;, &gt;= ou ~.</translation>
    </message>
    <message>
        <source>Missing value after %1 at column %2.</source>
        <translation>Valeur manquante après %1 à la colonne %2.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1 : %2</translation>
    </message>
    <message>
        <source>Expected %1 or %2 at column %3, found %4.</source>
        <translation>%1 ou %2 attendu à la colonne %3, trouvé %4.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogHistogram</name>
    <message>
        <source>Allowed</source>
        <translation>Autorisées</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>Requests over the range: allowed, denied, 5xx. Drag across the bars to narrow the range.</source>
        <translation>Requêtes sur la période : autorisées, refusées, 5xx. Faites glisser sur les barres pour resserrer la période.</translation>
    </message>
    <message>
        <source>No requests in this range</source>
        <translation>Aucune requête sur cette période</translation>
    </message>
    <message>
        <source>Requests per %1, %2 – %3</source>
        <translation>Requêtes par %1, %2 – %3</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogModel</name>
    <message>
        <source>forged identity header</source>
        <translation>en-tête d’identité falsifié</translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation>hôte inconnu</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>aucune décision</translation>
    </message>
    <message>
        <source>No decision was recorded for this request.</source>
        <translation>Aucune décision n’a été enregistrée pour cette requête.</translation>
    </message>
    <message>
        <source>an anonymous caller</source>
        <translation>un appelant anonyme</translation>
    </message>
    <message>
        <source>Allowed by grant %1: %2 → %3 %4</source>
        <translation>Autorisé par l’autorisation %1 : %2 → %3 %4</translation>
    </message>
    <message>
        <source>Allowed without a grant (%1): %2 → %3 %4</source>
        <translation>Autorisé sans autorisation temporaire (%1) : %2 → %3 %4</translation>
    </message>
    <message>
        <source>Denied: %1 (%2 %3)</source>
        <translation>Refusé : %1 (%2 %3)</translation>
    </message>
    <message>
        <source>Denied: %1 (%2 → %3 %4)</source>
        <translation>Refusé : %1 (%2 → %3 %4)</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approuvé par %1</translation>
    </message>
    <message>
        <source>granted by %1</source>
        <translation>accordé par %1</translation>
    </message>
    <message>
        <source>revoked by %1 at %2</source>
        <translation>révoqué par %1 le %2</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
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
        <translation>(anonyme)</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Service / host</source>
        <translation>Service / hôte</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>IP du client</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogSync</name>
    <message>
        <source>The access log stopped arriving before its end.</source>
        <translation>Le journal d&apos;accès s&apos;est interrompu avant sa fin.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogView</name>
    <message>
        <source>Filter: user = bob and status &gt;= 500, service = payments, decision = deny, path ~ /v1/charges, or any text</source>
        <translation>Filtre : user = bob and status &gt;= 500, service = payments, decision = deny, path ~ /v1/charges, ou n’importe quel texte</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>All cached</source>
        <translation>Tout le cache</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Follow new requests as they arrive (Ctrl+Shift+L)</source>
        <translation>Suivre les nouvelles requêtes à leur arrivée (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <source>&amp;Export access log…</source>
        <translation>&amp;Exporter le journal d’accès…</translation>
    </message>
    <message>
        <source>Save the requests the filter and range select as CSV or JSON Lines (Ctrl+E)</source>
        <translation>Enregistrer les requêtes choisies par le filtre et la période en CSV ou JSON Lines (Ctrl+E)</translation>
    </message>
    <message>
        <source>Time range (Ctrl+T)</source>
        <translation>Période (Ctrl+T)</translation>
    </message>
    <message>
        <source>Filter (Ctrl+L or /); Ctrl+Space offers fields, operators and values; Enter applies</source>
        <translation>Filtre (Ctrl+L ou /) ; Ctrl+Espace propose champs, opérateurs et valeurs ; Entrée applique</translation>
    </message>
    <message>
        <source>Select a request to see every field and its decision.</source>
        <translation>Sélectionnez une requête pour voir tous ses champs et sa décision.</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>&amp;Copier en JSON</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>User logged by the edge</source>
        <translation>Utilisateur journalisé par l’edge</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>(show in the graph)</source>
        <translation>(afficher dans le graphe)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>IP du client</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Forged header sent</source>
        <translation>En-tête falsifié envoyé</translation>
    </message>
    <message>
        <source>Decision id</source>
        <translation>ID de décision</translation>
    </message>
    <message>
        <source>Line id</source>
        <translation>ID de ligne</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the cache again and sync (Ctrl+R)</source>
        <translation>Relire le cache et synchroniser (Ctrl+R)</translation>
    </message>
    <message>
        <source>grant %1</source>
        <translation>autorisation %1</translation>
    </message>
    <message>
        <source>Grants of %1 on %2</source>
        <translation>Autorisations de %1 sur %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::AuditFields</name>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
</context>
<context>
    <name>gatehouse::AuditFilter</name>
    <message>
        <source>The quote at column %1 is never closed.</source>
        <translation>Le guillemet de la colonne %1 n’est jamais fermé.</translation>
    </message>
    <message>
        <source>Expected a condition at column %1; use one of: %2.</source>
        <translation>Condition attendue à la colonne %1 ; utilisez l’un de : %2.</translation>
    </message>
    <message>
        <source>Unknown field %1 at column %2; use one of: %3.</source>
        <translation>Champ inconnu %1 à la colonne %2 ; utilisez l’un de : %3.</translation>
    </message>
    <message>
        <source>Unknown operator %1 at column %2; use =, != or ~.</source>
        <translation>Opérateur inconnu %1 à la colonne %2 ; utilisez =, != ou ~.</translation>
    </message>
    <message>
        <source>Missing value after %1 at column %2.</source>
        <translation>Valeur manquante après %1 à la colonne %2.</translation>
    </message>
    <message>
        <source>Expected %1 or %2 at column %3, found %4.</source>
        <translation>%1 ou %2 attendu à la colonne %3, trouvé %4.</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
</context>
<context>
    <name>gatehouse::AuditTrustText</name>
    <message>
        <source>&lt;b&gt;Chain broken at seq %1:&lt;/b&gt; %2; records from seq %1 on cannot be trusted</source>
        <translation>&lt;b&gt;Chaîne rompue à seq %1 :&lt;/b&gt; %2 ; les enregistrements à partir de seq %1 ne sont pas fiables</translation>
    </message>
    <message>
        <source>&lt;b&gt;the chain is not signed by this profile&apos;s pinned key&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;la chaîne n’est pas signée par la clé épinglée de ce profil&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;checkpoint at seq %1 disagrees:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;le point de contrôle à seq %1 diffère :&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>No audit records synced yet</source>
        <translation>Aucun enregistrement d’audit synchronisé pour l’instant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain from seq %1 to %2 intact&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chaîne intacte de seq %1 à %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The signed head at seq %1 is rejected:&lt;/b&gt; %2.</source>
        <translation>&lt;b&gt;La tête signée à seq %1 est rejetée :&lt;/b&gt; %2.</translation>
    </message>
    <message>
        <source>head signed by key %1, which matches this profile&apos;s pinned key</source>
        <translation>tête signée par la clé %1, qui correspond à la clé épinglée de ce profil</translation>
    </message>
    <message>
        <source>head signed by key %1</source>
        <translation>tête signée par la clé %1</translation>
    </message>
    <message>
        <source>no key pinned: only internal consistency checked (&lt;a href=&quot;pin&quot;&gt;pin the audit key…&lt;/a&gt;)</source>
        <translation>aucune clé épinglée : seule la cohérence interne est vérifiée (&lt;a href=&quot;pin&quot;&gt;épingler la clé d’audit…&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>nothing signed was there to check against the pinned key</source>
        <translation>rien de signé à vérifier avec la clé épinglée</translation>
    </message>
    <message>
        <source>signed by this profile&apos;s pinned key</source>
        <translation>signée par la clé épinglée de ce profil</translation>
    </message>
    <message>
        <source>last checkpoint at %1 (seq %2)</source>
        <translation>dernier point de contrôle le %1 (seq %2)</translation>
    </message>
    <message>
        <source>no checkpoint falls inside the records checked</source>
        <translation>aucun point de contrôle ne tombe dans les enregistrements vérifiés</translation>
    </message>
    <message>
        <source>no checkpoints given</source>
        <translation>aucun point de contrôle fourni</translation>
    </message>
</context>
<context>
    <name>gatehouse::AuditVerification</name>
    <message>
        <source>The pinned audit key cannot be read: %1</source>
        <translation>La clé d’audit épinglée est illisible : %1</translation>
    </message>
    <message>
        <source>The checkpoints cannot be read: %1</source>
        <translation>Les points de contrôle sont illisibles : %1</translation>
    </message>
    <message>
        <source>the control plane&apos;s signed head ends at seq %1, but records up to seq %2 were synced before: the end of the chain was removed</source>
        <translation>la tête signée du plan de contrôle s’arrête à seq %1, mais des enregistrements jusqu’à seq %2 avaient été synchronisés : la fin de la chaîne a été supprimée</translation>
    </message>
</context>
<context>
    <name>gatehouse::AuditView</name>
    <message>
        <source>The audit chain has not been verified yet.</source>
        <translation>La chaîne d’audit n’a pas encore été vérifiée.</translation>
    </message>
    <message>
        <source>Read the whole chain from the control plane again and verify it (Ctrl+Shift+V)</source>
        <translation>Relire toute la chaîne depuis le plan de contrôle et la vérifier (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <source>Filter, e.g. grant = 42 or actor = alice and action ~ revoked (Ctrl+F)</source>
        <translation>Filtre, p. ex. grant = 42 or actor = alice and action ~ revoked (Ctrl+F)</translation>
    </message>
    <message>
        <source>Fields: %1. Operators: =, != and ~ (contains); combine with and, or. Text alone searches every field.</source>
        <translation>Champs : %1. Opérateurs : =, != et ~ (contient) ; combiner avec and, or. Un texte seul cherche dans tous les champs.</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltre :</translation>
    </message>
    <message>
        <source>All synced</source>
        <translation>Tout ce qui est synchronisé</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>Du (inclus)</translation>
    </message>
    <message>
        <source>Until (exclusive)</source>
        <translation>Jusqu’au (exclu)</translation>
    </message>
    <message>
        <source>Select a record to see what it changed.</source>
        <translation>Sélectionnez un enregistrement pour voir ce qu’il a changé.</translation>
    </message>
    <message>
        <source>Verifying the audit chain… %1 records checked</source>
        <translation>Vérification de la chaîne d’audit… %1 enregistrements vérifiés</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Vérification de la chaîne d’audit…</translation>
    </message>
    <message>
        <source>Record %1 — %2 by %3 at %4
</source>
        <translation>Enregistrement %1 — %2 par %3 le %4
</translation>
    </message>
    <message>
        <source>This record is at or after the first bad record: do not trust it.
</source>
        <translation>Cet enregistrement est le premier mauvais ou le suit : ne vous y fiez pas.
</translation>
    </message>
    <message>
        <source>Changed: %1
</source>
        <translation>Modifié : %1
</translation>
    </message>
    <message>
        <source>hash %1
prev %2

Before:
%3
After:
%4</source>
        <translation>hash %1
précédent %2

Avant :
%3
Après :
%4</translation>
    </message>
    <message>
        <source>V&amp;erify again</source>
        <translation>Vérifi&amp;er à nouveau</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
</context>
<context>
    <name>gatehouse::ConsoleController</name>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>Restauration de votre session…</translation>
    </message>
    <message>
        <source>Contacting the identity provider…</source>
        <translation>Communication avec le fournisseur d&apos;identité…</translation>
    </message>
    <message>
        <source>Completing sign-in…</source>
        <translation>Finalisation de la connexion…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>No keychain is available (%1). You stay signed in until Gatehouse quits; nothing is saved to disk.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1). Vous restez connecté jusqu&apos;à la fermeture de Gatehouse&#xa0;; rien n&apos;est enregistré sur le disque.</translation>
    </message>
    <message>
        <source>no secret service</source>
        <translation>aucun Secret Service</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil non enregistré</translation>
    </message>
    <message>
        <source>Read-only: offline</source>
        <translation>Lecture seule&#xa0;: hors ligne</translation>
    </message>
    <message>
        <source>Sign in to make changes</source>
        <translation>Connectez-vous pour apporter des modifications</translation>
    </message>
    <message>
        <source>Live · %1</source>
        <translation>En direct · %1</translation>
    </message>
    <message>
        <source>Offline — control plane unreachable; showing data from %1 ago, read-only</source>
        <translation>Hors ligne — plan de contrôle injoignable&#xa0;; affichage des données d&apos;il y a %1, en lecture seule</translation>
    </message>
    <message>
        <source>Offline — control plane unreachable</source>
        <translation>Hors ligne — plan de contrôle injoignable</translation>
    </message>
    <message>
        <source>The control plane did not accept your session</source>
        <translation>Le plan de contrôle n&apos;a pas accepté votre session</translation>
    </message>
    <message>
        <source>From cache, %1 old — refreshing…</source>
        <translation>Depuis le cache, datant de %1 — actualisation…</translation>
    </message>
    <message>
        <source>The control plane could not be reached; nothing was granted. Try again when it is back.</source>
        <translation>Le plan de contrôle n&apos;a pas pu être joint&#xa0;; aucun accès n&apos;a été accordé. Réessayez lorsqu&apos;il sera de nouveau joignable.</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>the control plane could not be reached</source>
        <translation>le plan de contrôle n&apos;a pas pu être joint</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>extend</source>
        <translation>prolongée</translation>
    </message>
    <message>
        <source>Could not %1 the grant for %2: %3</source>
        <translation>L&apos;autorisation pour %2 n&apos;a pas pu être %1&#xa0;: %3</translation>
    </message>
    <message>
        <source>The control plane cannot be reached and nothing is cached for this profile yet.</source>
        <translation>Le plan de contrôle est injoignable et rien n’est encore en cache pour ce profil.</translation>
    </message>
    <message>
        <source>Loading the graph…</source>
        <translation>Chargement du graphe…</translation>
    </message>
    <message>
        <source>Sign in to see who can reach which service.</source>
        <translation>Connectez-vous pour voir qui peut atteindre quel service.</translation>
    </message>
    <message>
        <source>Sign in and wait for the catalog to load before granting access.</source>
        <translation>Connectez-vous et attendez le chargement du catalogue avant d’accorder un accès.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in the cache match</source>
        <translation>
            <numerusform>%n requête du cache correspond</numerusform>
            <numerusform>%n requêtes du cache correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>synced %1 ago</source>
        <translation>synchronisé il y a %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>pas encore synchronisé</translation>
    </message>
    <message>
        <source> · new requests arrived: Refresh to see them</source>
        <translation> · nouvelles requêtes arrivées : Actualiser pour les voir</translation>
    </message>
    <message>
        <source>cache: %1 lines</source>
        <translation>cache : %1 lignes</translation>
    </message>
    <message>
        <source>1 day kept</source>
        <translation>1 jour conservé</translation>
    </message>
    <message>
        <source>%1 days kept</source>
        <translation>%1 jours conservés</translation>
    </message>
    <message>
        <source>kept without an age limit</source>
        <translation>conservé sans limite d’âge</translation>
    </message>
    <message>
        <source>Offline — showing cached requests only (%1, %2)</source>
        <translation>Hors ligne — requêtes du cache uniquement (%1, %2)</translation>
    </message>
    <message>
        <source>Not signed in — showing cached requests only (%1)</source>
        <translation>Non connecté — requêtes du cache uniquement (%1)</translation>
    </message>
    <message>
        <source>Export &amp;evidence…</source>
        <translation>Exporter les &amp;preuves…</translation>
    </message>
    <message>
        <source>An evidence pack for a period that auditors verify offline</source>
        <translation>Un paquet de preuves pour une période, que les auditeurs vérifient hors ligne</translation>
    </message>
    <message>
        <source>Audit chain synced %1; what was synced stays readable offline.</source>
        <translation>Chaîne d’audit synchronisée %1 ; ce qui est synchronisé reste lisible hors ligne.</translation>
    </message>
    <message>
        <source>The control plane does not show you the audit chain: %1 Ask to be added to the auditors group.</source>
        <translation>Le plan de contrôle ne vous montre pas la chaîne d’audit : %1 Demandez à être ajouté au groupe des auditeurs.</translation>
    </message>
    <message>
        <source>The audit chain could not be synced (%1); showing what was synced before.</source>
        <translation>La chaîne d’audit n’a pas pu être synchronisée (%1) ; affichage de ce qui l’a été avant.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match.</source>
        <translation>
            <numerusform>%n enregistrement correspond.</numerusform>
            <numerusform>%n enregistrements correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first: the control plane writes the export on its audit record.</source>
        <translation>Connectez-vous d’abord : le plan de contrôle inscrit l’export dans son registre d’audit.</translation>
    </message>
    <message>
        <source>The evidence pack was not written: %1</source>
        <translation>Le paquet de preuves n’a pas été écrit : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence pack for %1 written&lt;/b&gt; to %2 and %3. The export is audit record %4; the chain segment runs from seq %5 to %4.</source>
        <translation>&lt;b&gt;Paquet de preuves pour %1 écrit&lt;/b&gt; dans %2 et %3. L’export est l’enregistrement d’audit %4 ; le segment de chaîne va de seq %5 à %4.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1 : %n ligne</numerusform>
            <numerusform>%1 : %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not verified here:&lt;/b&gt; this profile has no pinned audit key. Check it with: gatehouse evidence verify %1 --key AUDIT-KEY</source>
        <translation>&lt;b&gt;Non vérifié ici :&lt;/b&gt; ce profil n’a pas de clé d’audit épinglée. Vérifiez-le avec : gatehouse evidence verify %1 --key AUDIT-KEY</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified&lt;/b&gt; offline with this profile&apos;s pinned key %1: every file is as the audit key signed it, and every population is what the signed chain says.</source>
        <translation>&lt;b&gt;Vérifié&lt;/b&gt; hors ligne avec la clé épinglée %1 de ce profil : chaque fichier est tel que la clé d’audit l’a signé, et chaque population correspond à la chaîne signée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;NOT VERIFIED&lt;/b&gt; with this profile&apos;s pinned key: %1</source>
        <translation>&lt;b&gt;NON VÉRIFIÉ&lt;/b&gt; avec la clé épinglée de ce profil : %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::EndpointProbe</name>
    <message>
        <source>Control plane</source>
        <translation>Plan de contrôle</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>Fournisseur d&apos;identité</translation>
    </message>
    <message>
        <source>gatehoused %1, %2 store</source>
        <translation>gatehoused %1, stockage %2</translation>
    </message>
    <message>
        <source>Discovery names a different issuer: %1</source>
        <translation>Le document de découverte indique un autre émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>OpenID Provider, issuer matches</source>
        <translation>Fournisseur OpenID, l&apos;émetteur correspond</translation>
    </message>
</context>
<context>
    <name>gatehouse::EndpointStatusModel</name>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Misconfigured</source>
        <translation>Mal configuré</translation>
    </message>
    <message>
        <source>Checked at %1 UTC</source>
        <translation>Vérifié à %1 UTC</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>gatehouse::EvidenceDialog</name>
    <message>
        <source>Export evidence</source>
        <translation>Exporter les preuves</translation>
    </message>
    <message>
        <source>Writes a folder (and a .zip of it) an auditor can verify offline: the period&apos;s populations as CSV, the signed chain segment, a PDF memo and a signed manifest. The export itself goes on the audit record.</source>
        <translation>Écrit un dossier (et son .zip) qu’un auditeur peut vérifier hors ligne : les populations de la période en CSV, le segment de chaîne signé, un mémo PDF et un manifeste signé. L’export lui-même est inscrit au registre d’audit.</translation>
    </message>
    <message>
        <source>A quarter (2026-Q4), a month (2026-11) or a year (2026), in UTC</source>
        <translation>Un trimestre (2026-Q4), un mois (2026-11) ou une année (2026), en UTC</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Tick services to limit the pack to them; none ticked: all</source>
        <translation>Cochez des services pour y limiter le paquet ; aucun coché : tous</translation>
    </message>
    <message>
        <source>&amp;Services (none ticked: all):</source>
        <translation>&amp;Services (aucun coché : tous) :</translation>
    </message>
    <message>
        <source>e.g. SOC 2 Type II fieldwork, Q4</source>
        <translation>p. ex. travaux SOC 2 Type II, T4</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Folder to write:</source>
        <translation>&amp;Dossier à écrire :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Folder to write</source>
        <translation>Dossier à écrire</translation>
    </message>
    <message>
        <source>Write the period as a quarter (2026-Q4), a month (2026-11) or a year.</source>
        <translation>Écrivez la période comme un trimestre (2026-Q4), un mois (2026-11) ou une année.</translation>
    </message>
    <message>
        <source>Say why the evidence is exported; it goes on the audit record.</source>
        <translation>Dites pourquoi les preuves sont exportées ; c’est inscrit au registre d’audit.</translation>
    </message>
    <message>
        <source>Choose the folder to write.</source>
        <translation>Choisissez le dossier à écrire.</translation>
    </message>
    <message>
        <source>%1 exists and is not empty; choose a new folder.</source>
        <translation>%1 existe et n’est pas vide ; choisissez un nouveau dossier.</translation>
    </message>
</context>
<context>
    <name>gatehouse::GrantDialog</name>
    <message>
        <source>Grant access</source>
        <translation>Accorder un accès</translation>
    </message>
    <message>
        <source>name, e.g. bob</source>
        <translation>nom, p. ex. bob</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — yours</source>
        <translation>%1 — le vôtre</translation>
    </message>
    <message>
        <source>%1 — request from its owners</source>
        <translation>%1 — demander à ses propriétaires</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Any</source>
        <translation>&amp;Toutes</translation>
    </message>
    <message>
        <source>&amp;Methods:</source>
        <translation>&amp;Méthodes&#xa0;:</translation>
    </message>
    <message>
        <source>Path prefixes, separated by commas, each starting with /.</source>
        <translation>Préfixes de chemin, séparés par des virgules, commençant chacun par /.</translation>
    </message>
    <message>
        <source>&amp;Paths:</source>
        <translation>&amp;Chemins&#xa0;:</translation>
    </message>
    <message>
        <source>Pick a preset or type a duration such as 90s, 45m or 1h30m.</source>
        <translation>Choisissez une valeur prédéfinie ou saisissez une durée telle que 90s, 45m ou 1h30m.</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>Mai&amp;ntenant</translation>
    </message>
    <message>
        <source>&amp;Later:</source>
        <translation>&amp;Plus tard&#xa0;:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>why access is needed (required)</source>
        <translation>pourquoi l&apos;accès est nécessaire (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>M&amp;otif&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. INC-1234</source>
        <translation>p. ex. INC-1234</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>T&amp;icket&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>Choisissez un service.</translation>
    </message>
    <message>
        <source>Say who gets access.</source>
        <translation>Indiquez qui obtient l&apos;accès.</translation>
    </message>
    <message>
        <source>Choose at least one method.</source>
        <translation>Choisissez au moins une méthode.</translation>
    </message>
    <message>
        <source>Type a duration such as 90s, 45m or 1h30m.</source>
        <translation>Saisissez une durée telle que 90s, 45m ou 1h30m.</translation>
    </message>
    <message>
        <source>Access to %1 can be granted for at most %2.</source>
        <translation>L&apos;accès à %1 peut être accordé pour %2 au maximum.</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>Indiquez un motif.</translation>
    </message>
    <message>
        <source>Access to %1 needs a ticket reference.</source>
        <translation>L&apos;accès à %1 nécessite une référence de ticket.</translation>
    </message>
    <message>
        <source>at most %1 for %2</source>
        <translation>%1 au maximum pour %2</translation>
    </message>
    <message>
        <source>at the chosen start</source>
        <translation>au début choisi</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>immédiatement</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>D&amp;emander</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Accorder</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation>Agent IA</translation>
    </message>
    <message>
        <source>Takes effect %1 — you own %2.</source>
        <translation>Prend effet %1 — %2 vous appartient.</translation>
    </message>
    <message>
        <source>Becomes a request: an owner of %1 must approve it.</source>
        <translation>Devient une demande&#xa0;: un propriétaire de %1 doit l’approuver.</translation>
    </message>
    <message>
        <source>Becomes a request: another owner of %1 must approve it (nobody approves access for themselves).</source>
        <translation>Devient une demande&#xa0;: un autre propriétaire de %1 doit l’approuver (personne n’approuve son propre accès).</translation>
    </message>
    <message>
        <source>Becomes a request: %1 needs an owner&apos;s approval for every grant, and another owner must give it.</source>
        <translation>Devient une demande&#xa0;: %1 exige l’approbation d’un propriétaire pour chaque autorisation, et un autre propriétaire doit la donner.</translation>
    </message>
    <message>
        <source>Each path must start with / and have no query, fragment, wildcard or &quot;..&quot;.</source>
        <translation>Chaque chemin doit commencer par / et ne contenir ni requête, ni fragment, ni joker, ni « .. ».</translation>
    </message>
</context>
<context>
    <name>gatehouse::GrantHistoryDialog</name>
    <message>
        <source>Requested and active at once</source>
        <translation>Demandée et active aussitôt</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prolongée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Lapsed: nobody decided in time</source>
        <translation>Caduque : personne n’a décidé à temps</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>, ticket %1</source>
        <translation>, ticket %1</translation>
    </message>
    <message>
        <source> — %1 on %2, %3 %4, until %5</source>
        <translation> — %1 sur %2, %3 %4, jusqu’au %5</translation>
    </message>
    <message>
        <source>until %1 instead of %2</source>
        <translation>jusqu’au %1 au lieu du %2</translation>
    </message>
    <message>
        <source>its window ended at %1</source>
        <translation>sa fenêtre s’est terminée le %1</translation>
    </message>
    <message>
        <source>not reviewed by %1</source>
        <translation>non examinée avant le %1</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>aucun motif enregistré</translation>
    </message>
    <message>
        <source>History of grant %1</source>
        <translation>Historique de l’autorisation %1</translation>
    </message>
    <message>
        <source>The audit records synced to this computer hold nothing about grant %1.</source>
        <translation>Les enregistrements d’audit synchronisés sur cet ordinateur ne contiennent rien sur l’autorisation %1.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Grant %1&lt;/b&gt;: %2 on %3. %n step(s) on record, from the audit chain.</source>
        <translation>
            <numerusform>&lt;b&gt;Autorisation %1&lt;/b&gt; : %2 sur %3. %n étape enregistrée, d’après la chaîne d’audit.</numerusform>
            <numerusform>&lt;b&gt;Autorisation %1&lt;/b&gt; : %2 sur %3. %n étapes enregistrées, d’après la chaîne d’audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>Show in &amp;Audit tab</source>
        <translation>Afficher dans l’onglet &amp;Audit</translation>
    </message>
</context>
<context>
    <name>gatehouse::GrantWatcher</name>
    <message>
        <source>Access to %1 ends in %2</source>
        <translation>L&apos;accès à %1 prend fin dans %2</translation>
    </message>
    <message>
        <source>Your access to %1 expires at %2.</source>
        <translation>Votre accès à %1 expire à %2.</translation>
    </message>
    <message>
        <source>%1&apos;s access to %2 that you granted expires at %3.</source>
        <translation>L&apos;accès de %1 à %2 que vous avez accordé expire à %3.</translation>
    </message>
    <message>
        <source>%1 asks for access to %2</source>
        <translation>%1 demande l&apos;accès à %2</translation>
    </message>
    <message>
        <source>%1 for %2: “%3”. Open Gatehouse to approve or deny.</source>
        <translation>%1 pour %2&#xa0;: «&#xa0;%3&#xa0;». Ouvrez Gatehouse pour approuver ou refuser la demande.</translation>
    </message>
</context>
<context>
    <name>gatehouse::GrantsModel</name>
    <message>
        <source>any method</source>
        <translation>toutes les méthodes</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Caduque</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>commence dans %1</translation>
    </message>
    <message>
        <source>ending…</source>
        <translation>se termine…</translation>
    </message>
    <message>
        <source>review within %1</source>
        <translation>à examiner sous %1</translation>
    </message>
    <message>
        <source>%1 → %2, %3
from %4 until %5
reason: %6%7</source>
        <translation>%1 → %2, %3
du %4 au %5
motif&#xa0;: %6%7</translation>
    </message>
    <message>
        <source>
ticket: %1</source>
        <translation>
ticket&#xa0;: %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>not applied in the mesh: %1</source>
        <translation>non appliqué dans le mesh : %1</translation>
    </message>
    <message numerus="yes">
        <source>
since %1, %n attempt(s), next at %2</source>
        <translation>
            <numerusform>
depuis %1, %n tentative, prochaine à %2</numerusform>
            <numerusform>
depuis %1, %n tentatives, prochaine à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not in the mesh</source>
        <translation>%1, pas dans le mesh</translation>
    </message>
</context>
<context>
    <name>gatehouse::GrantsView</name>
    <message>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <source>Filter by who, service, reason, ticket…</source>
        <translation>Filtrer par bénéficiaire, service, motif, ticket…</translation>
    </message>
    <message>
        <source>&amp;New grant…</source>
        <translation>&amp;Nouvelle autorisation…</translation>
    </message>
    <message>
        <source>Grant or request access (Ctrl+N)</source>
        <translation>Accorder ou demander un accès (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Appr&amp;ouver</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>Refu&amp;ser…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>Pro&amp;longer…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>Revoke access?</source>
        <translation>Révoquer l&apos;accès&#xa0;?</translation>
    </message>
    <message>
        <source>%1 loses access to %2 now. This cannot be undone.</source>
        <translation>%1 perd immédiatement l&apos;accès à %2. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Deny the request?</source>
        <translation>Refuser la demande&#xa0;?</translation>
    </message>
    <message>
        <source>%1 will not get access to %2.</source>
        <translation>%1 n&apos;obtiendra pas l&apos;accès à %2.</translation>
    </message>
    <message>
        <source>Extend access</source>
        <translation>Prolonger l&apos;accès</translation>
    </message>
    <message>
        <source>Extend %1&apos;s access to %2 by:</source>
        <translation>Prolonger l&apos;accès de %1 à %2 de&#xa0;:</translation>
    </message>
    <message>
        <source>Everything that happened to this grant, from the audit chain</source>
        <translation>Tout ce qui est arrivé à cette autorisation, d’après la chaîne d’audit</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Histori&amp;que…</translation>
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
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>Profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Control plane:</source>
        <translation>Plan de contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>Identity provider:</source>
        <translation>Fournisseur d&apos;identité&#xa0;:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Étendues&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Check connections</source>
        <translation>&amp;Vérifier les connexions</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>À &amp;propos de Gatehouse</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>À propos de Gatehouse</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gatehouse %1&lt;/b&gt;&lt;p&gt;Decide, enforce and prove who may reach which service, until when.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Gatehouse %1&lt;/b&gt;&lt;p&gt;Décider, appliquer et prouver qui peut atteindre quel service, et jusqu&apos;à quand.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 endpoints need attention</source>
        <translation>Points de terminaison à vérifier&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Checking connections…</source>
        <translation>Vérification des connexions…</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <source>Sign in to see the service graph.</source>
        <translation>Connectez-vous pour voir le graphe des services.</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graphe</translation>
    </message>
    <message>
        <source>Sign in to see grants.</source>
        <translation>Connectez-vous pour voir les autorisations.</translation>
    </message>
    <message>
        <source>G&amp;rants</source>
        <translation>Auto&amp;risations</translation>
    </message>
    <message>
        <source>The access-log browser comes in a later version.</source>
        <translation>Le navigateur des journaux d&apos;accès arrivera dans une version ultérieure.</translation>
    </message>
    <message>
        <source>Access &amp;log</source>
        <translation>&amp;Journal d&apos;accès</translation>
    </message>
    <message>
        <source>Audit export comes in a later version.</source>
        <translation>L&apos;export d&apos;audit arrivera dans une version ultérieure.</translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation>A&amp;utorisations</translation>
    </message>
    <message>
        <source>&amp;New grant…</source>
        <translation>&amp;Nouvelle autorisation…</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Journal d&apos;accès</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>C&amp;onnexion</translation>
    </message>
</context>
<context>
    <name>gatehouse::ProfileDialog</name>
    <message>
        <source>Edit profile</source>
        <translation>Modifier le profil</translation>
    </message>
    <message>
        <source>Connect Gatehouse</source>
        <translation>Connecter Gatehouse</translation>
    </message>
    <message>
        <source>Welcome. Tell Gatehouse which control plane to manage and which identity provider signs you in. The values below are those of the demo stack on this computer.</source>
        <translation>Bienvenue. Indiquez à Gatehouse quel plan de contrôle gérer et quel fournisseur d&apos;identité vous connecte. Les valeurs ci-dessous sont celles de la pile de démo de cet ordinateur.</translation>
    </message>
    <message>
        <source>A profile names a control plane and the identity provider that signs you in to it.</source>
        <translation>Un profil désigne un plan de contrôle et le fournisseur d&apos;identité qui vous y connecte.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>&amp;Control plane:</source>
        <translation>&amp;Plan de contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Identity provider:</source>
        <translation>&amp;Fournisseur d&apos;identité&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;resource:</source>
        <translation>&amp;Ressource d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>Un profil nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>The scopes must include openid.</source>
        <translation>Les étendues doivent inclure openid.</translation>
    </message>
    <message>
        <source>Resource indicator (RFC 8707)</source>
        <translation>Indicateur de ressource (RFC 8707)</translation>
    </message>
    <message>
        <source>Audience scope (Entra ID)</source>
        <translation>Scope d’audience (Entra ID)</translation>
    </message>
    <message>
        <source>Sign-in token (fixed audience, e.g. Okta)</source>
        <translation>Jeton de connexion (audience fixe, p. ex. Okta)</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d’API :</translation>
    </message>
    <message>
        <source>no age limit</source>
        <translation>sans limite d’âge</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>no line limit</source>
        <translation>sans limite de lignes</translation>
    </message>
    <message>
        <source> thousand lines</source>
        <translation> milliers de lignes</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <source>&amp;Keep access log:</source>
        <translation>&amp;Conserver le journal d’accès :</translation>
    </message>
    <message>
        <source>Pinned &amp;audit key:</source>
        <translation>Clé d’&amp;audit épinglée :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, or a PEM public key file</source>
        <translation>Empreinte SHA-256, ou un fichier de clé publique PEM</translation>
    </message>
    <message>
        <source>The audit key you trust, from gatehoused audit public-key. The Audit tab checks the chain&apos;s signatures against it.</source>
        <translation>La clé d’audit à laquelle vous vous fiez, issue de gatehoused audit public-key. L’onglet Audit vérifie les signatures de la chaîne avec elle.</translation>
    </message>
    <message>
        <source>Audit c&amp;heckpoints:</source>
        <translation>Points de &amp;contrôle d’audit :</translation>
    </message>
    <message>
        <source>optional: a copy of gatehoused&apos;s checkpoint folder</source>
        <translation>facultatif : une copie du dossier de points de contrôle de gatehoused</translation>
    </message>
    <message>
        <source>Audit key: %1</source>
        <translation>Clé d’audit : %1</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>I&amp;D client :</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>P&amp;ortées :</translation>
    </message>
    <message>
        <source>API sco&amp;pe:</source>
        <translation>Portée de l’A&amp;PI :</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>Contin&amp;uer</translation>
    </message>
</context>
<context>
    <name>gatehouse::ReviewDecisionDialog</name>
    <message>
        <source>Keep access</source>
        <translation>Conserver l&apos;accès</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Révoquer l&apos;accès</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revue :</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui :</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Accès :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Standing permission (gatehoused configuration)</source>
        <translation>Autorisation permanente (configuration de gatehoused)</translation>
    </message>
    <message>
        <source>Grant until %1</source>
        <translation>Autorisation jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>The access stays as it is. Your reason is recorded in the audit trail.</source>
        <translation>L&apos;accès reste tel quel. Votre motif est consigné dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Standing permissions are set in gatehoused&apos;s configuration: this records a request to remove it, which an administrator carries out there. Access stays until then.</source>
        <translation>Les autorisations permanentes sont définies dans la configuration de gatehoused : ceci consigne une demande de suppression, qu&apos;un administrateur y applique. L&apos;accès reste jusque-là.</translation>
    </message>
    <message>
        <source>The grant is revoked at once: the edge and the mesh refuse it from now on. Your reason is recorded in the audit trail.</source>
        <translation>L&apos;autorisation est révoquée immédiatement : la périphérie et le maillage la refusent dès maintenant. Votre motif est consigné dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Why does this access stay? (required)</source>
        <translation>Pourquoi cet accès reste-t-il ? (obligatoire)</translation>
    </message>
    <message>
        <source>Why does this access go? (required)</source>
        <translation>Pourquoi cet accès est-il retiré ? (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Keep access</source>
        <translation>&amp;Conserver l&apos;accès</translation>
    </message>
    <message>
        <source>Re&amp;voke access</source>
        <translation>Ré&amp;voquer l&apos;accès</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>gatehouse::ReviewWatcher</name>
    <message>
        <source>Access reviews due (%1)</source>
        <translation>Revues d&apos;accès à faire (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on your services wait for your decision in “%1”, due %2. Open Gatehouse to keep or revoke each.</source>
        <translation>
            <numerusform>%n élément de vos services attend votre décision dans « %1 », échéance le %2. Ouvrez Gatehouse pour le conserver ou le révoquer.</numerusform>
            <numerusform>%n éléments de vos services attendent votre décision dans « %1 », échéance le %2. Ouvrez Gatehouse pour conserver ou révoquer chacun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ReviewsController</name>
    <message>
        <source>Reviews</source>
        <translation>Revues</translation>
    </message>
    <message>
        <source>Access reviews wait for your decision</source>
        <translation>Des revues d&apos;accès attendent votre décision</translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation>La décision n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Reviews due (%1)</source>
        <translation>Revues à faire (%1)</translation>
    </message>
    <message>
        <source>Reviews (%1)</source>
        <translation>Revues (%1)</translation>
    </message>
    <message>
        <source>Sign in to review access</source>
        <translation>Connectez-vous pour revoir les accès</translation>
    </message>
    <message>
        <source>Read-only: offline</source>
        <translation>Lecture seule : hors ligne</translation>
    </message>
</context>
<context>
    <name>gatehouse::ReviewsModel</name>
    <message>
        <source>Waiting for you</source>
        <translation>En attente de vous</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>Suppression demandée</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Non revu</translation>
    </message>
    <message>
        <source>Not reviewed, revoked</source>
        <translation>Non revu, révoqué</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>agent %1</translation>
    </message>
    <message>
        <source>all methods</source>
        <translation>toutes les méthodes</translation>
    </message>
    <message>
        <source>every path</source>
        <translation>tous les chemins</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>By %1 at %2</source>
        <translation>Par %1 le %2</translation>
    </message>
    <message>
        <source>Standing permission</source>
        <translation>Autorisation permanente</translation>
    </message>
    <message>
        <source>Grant until %1</source>
        <translation>Autorisation jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>gatehouse::ReviewsView</name>
    <message>
        <source>&amp;Keep…</source>
        <translation>&amp;Conserver…</translation>
    </message>
    <message>
        <source>Keep this access, with a reason</source>
        <translation>Conserver cet accès, avec un motif</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Revoke this access, with a reason</source>
        <translation>Révoquer cet accès, avec un motif</translation>
    </message>
    <message>
        <source>No access reviews are open for the services you own.</source>
        <translation>Aucune revue d&apos;accès n&apos;est ouverte pour vos services.</translation>
    </message>
    <message>
        <source>Every item is decided. Thank you.</source>
        <translation>Tous les éléments sont décidés. Merci.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for your decision: keep or revoke each, with a reason. Due %1.</source>
        <translation>
            <numerusform>%n élément attend votre décision : conservez-le ou révoquez-le, avec un motif. Échéance le %1.</numerusform>
            <numerusform>%n éléments attendent votre décision : conservez ou révoquez chacun, avec un motif. Échéance le %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionPanel</name>
    <message>
        <source>Sign-in error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>&amp;Annuler la connexion</translation>
    </message>
    <message>
        <source>Copy sign-in &amp;link</source>
        <translation>Copier le &amp;lien de connexion</translation>
    </message>
    <message>
        <source>If no browser opened, paste this link into one.</source>
        <translation>Si aucun navigateur ne s&apos;est ouvert, collez ce lien dans un navigateur.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Sign in with your company account to see and grant access. Your browser opens the identity provider&apos;s page; Gatehouse never sees your password.</source>
        <translation>Connectez-vous avec votre compte d&apos;entreprise pour consulter et accorder des accès. Votre navigateur ouvre la page du fournisseur d&apos;identité&#xa0;; Gatehouse ne voit jamais votre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <source>Finish signing in on the page that opened at %1, then come back here. No browser? Copy the sign-in link and open it yourself.</source>
        <translation>Terminez la connexion sur la page qui s&apos;est ouverte sur %1, puis revenez ici. Pas de navigateur&#xa0;? Copiez le lien de connexion et ouvrez-le vous-même.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Signed in as %1 &lt;%2&gt;</source>
        <translation>Connecté en tant que %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Groupes&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Session ends %1</source>
        <translation>Fin de la session&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::FocusChip</name>
    <message>
        <source>Focused on %1 — Esc</source>
        <translation>Centré sur %1 — Échap</translation>
    </message>
    <message>
        <source>Only %1 and what is one step away are shown. Click or press Esc to see the whole graph.</source>
        <translation>Seuls %1 et ce qui est à un pas sont affichés. Cliquez ou appuyez sur Échap pour voir tout le graphe.</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphDetails</name>
    <message>
        <source>Selected node details</source>
        <translation>Détails du nœud sélectionné</translation>
    </message>
    <message>
        <source>Select a node to see who can reach it and what it can reach.</source>
        <translation>Sélectionnez un nœud pour voir qui peut l&apos;atteindre et ce qu&apos;il peut atteindre.</translation>
    </message>
    <message>
        <source>Who can reach it</source>
        <translation>Qui peut l&apos;atteindre</translation>
    </message>
    <message>
        <source>every service of mesh %1</source>
        <translation>tous les services du mesh %1</translation>
    </message>
    <message>
        <source>What it can reach</source>
        <translation>Ce qu&apos;il peut atteindre</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Propriétaires</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Edge hosts</source>
        <translation>Hôtes edge</translation>
    </message>
    <message>
        <source>Kuma</source>
        <translation>Kuma</translation>
    </message>
    <message>
        <source>mesh %1, service %2</source>
        <translation>mesh %1, service %2</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Longest grant</source>
        <translation>Durée maximale</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>an owner approves</source>
        <translation>un propriétaire approuve</translation>
    </message>
    <message>
        <source>granted at once</source>
        <translation>accordée immédiatement</translation>
    </message>
    <message>
        <source>ticket required</source>
        <translation>ticket requis</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>known to the mesh only</source>
        <translation>connu du mesh uniquement</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>requested by %1, review by %2</source>
        <translation>demandée par %1, à examiner avant %2</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Accès permanent</translation>
    </message>
    <message>
        <source>Temporary grants</source>
        <translation>Autorisations temporaires</translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>Demandes en attente</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Rien.</translation>
    </message>
    <message>
        <source>Show access log (last hour)</source>
        <translation>Afficher le journal d’accès (dernière heure)</translation>
    </message>
    <message>
        <source>Show this caller&apos;s requests (last hour)</source>
        <translation>Afficher les requêtes de cet appelant (dernière heure)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>mesh policy</source>
        <translation>politique du maillage</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>configuration</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphLegend</name>
    <message>
        <source>standing access</source>
        <translation>accès permanent</translation>
    </message>
    <message>
        <source>temporary grant</source>
        <translation>autorisation temporaire</translation>
    </message>
    <message>
        <source>pending request</source>
        <translation>demande en attente</translation>
    </message>
    <message>
        <source>owned by you</source>
        <translation>dont vous êtes propriétaire</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>service (stripe: its team)</source>
        <translation>service (bande : son équipe)</translation>
    </message>
    <message>
        <source>known to the mesh only</source>
        <translation>connu du maillage seulement</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>every service of a mesh</source>
        <translation>tous les services d&apos;un maillage</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>standing, by mesh policy</source>
        <translation>permanent, par politique du maillage</translation>
    </message>
    <message>
        <source>grant ending within 10 min</source>
        <translation>autorisation finissant d&apos;ici 10 min</translation>
    </message>
    <message>
        <source>grant ended</source>
        <translation>autorisation terminée</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>sélectionné</translation>
    </message>
    <message>
        <source>matches the search</source>
        <translation>correspond à la recherche</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphPage</name>
    <message numerus="yes">
        <source>%n node(s) hidden.</source>
        <translation>
            <numerusform>%n nœud masqué.</numerusform>
            <numerusform>%n nœuds masqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>No node matches.</source>
        <translation>Aucun nœud ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) match.</source>
        <translation>
            <numerusform>%n nœud correspond.</numerusform>
            <numerusform>%n nœuds correspondent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can reach %1.</source>
        <translation>Rien ne peut atteindre %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s) can reach %1: %2</source>
        <translation>
            <numerusform>%n sujet peut atteindre %1&#xa0;: %2</numerusform>
            <numerusform>%n sujets peuvent atteindre %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can reach nothing.</source>
        <translation>%1 ne peut rien atteindre.</translation>
    </message>
    <message numerus="yes">
        <source>%1 can reach %n service(s): %2</source>
        <translation>
            <numerusform>%1 peut atteindre %n service&#xa0;: %2</numerusform>
            <numerusform>%1 peut atteindre %n services&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Find or &amp;hide nodes…</source>
        <translation>Trouver ou &amp;masquer des nœuds…</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphPageToolbar</name>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the graph in view (F)</source>
        <translation>Ajuster le graphe à la vue (F)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>Who can reach this service?</source>
        <translation>Qui peut atteindre ce service&#xa0;?</translation>
    </message>
    <message>
        <source>What can this subject reach?</source>
        <translation>Que peut atteindre ce sujet&#xa0;?</translation>
    </message>
    <message>
        <source>owner = payments-team and expires &lt; 1h   (Ctrl+F)</source>
        <translation>owner = payments-team and expires &lt; 1h   (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find or hide expression</source>
        <translation>Expression de recherche ou de masquage</translation>
    </message>
    <message>
        <source>Fields: owner, subject, service, team, kind, name, health, sensitivity, approval, expires, source, state, method.
Combine with and / or; quote values; * is a wildcard.</source>
        <translation>Champs&#xa0;: owner, subject, service, team, kind, name, health, sensitivity, approval, expires, source, state, method.
Combinez avec and / or&#xa0;; mettez les valeurs entre guillemets&#xa0;; * est un caractère générique.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Find or hide matching nodes</source>
        <translation>Rechercher ou masquer les nœuds correspondants</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphQuery</name>
    <message>
        <source>The quote at column %1 is never closed.</source>
        <translation>Le guillemet de la colonne %1 n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>%1 is not a duration; write it like 30s, 10m, 1h or 2d.</source>
        <translation>%1 n&apos;est pas une durée&#xa0;; écrivez-la comme 30s, 10m, 1h ou 2d.</translation>
    </message>
    <message>
        <source>%1 is not a kind; use service, user, group or agent.</source>
        <translation>%1 n&apos;est pas un type valide&#xa0;; utilisez service, user, group ou agent.</translation>
    </message>
    <message>
        <source>%1 is not a state; use standing, active or pending.</source>
        <translation>%1 n&apos;est pas un état valide&#xa0;; utilisez standing, active ou pending.</translation>
    </message>
    <message>
        <source>Type an expression, for example: owner = payments-team.</source>
        <translation>Saisissez une expression, par exemple&#xa0;: owner = payments-team.</translation>
    </message>
    <message>
        <source>Expected a field name at column %1; use one of: %2.</source>
        <translation>Nom de champ attendu à la colonne %1&#xa0;; utilisez l&apos;un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown field %1 at column %2; use one of: %3.</source>
        <translation>Champ %1 inconnu à la colonne %2&#xa0;; utilisez l&apos;un des suivants&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Expected an operator (=, !=, &lt;, &gt;) after %1 at column %2.</source>
        <translation>Opérateur (=, !=, &lt;, &gt;) attendu après %1 à la colonne %2.</translation>
    </message>
    <message>
        <source>%1 compares durations: use &lt;, &lt;=, &gt; or &gt;= (column %2).</source>
        <translation>%1 compare des durées&#xa0;: utilisez &lt;, &lt;=, &gt; ou &gt;= (colonne %2).</translation>
    </message>
    <message>
        <source>%1 cannot be compared with %2; use = or != (column %3).</source>
        <translation>%1 ne peut pas être comparé avec %2&#xa0;; utilisez = ou != (colonne %3).</translation>
    </message>
    <message>
        <source>Missing value after %1 at column %2.</source>
        <translation>Valeur manquante après %1 à la colonne %2.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Expected %1 or %2 at column %3, found %4.</source>
        <translation>%1 ou %2 attendu à la colonne %3, mais %4 trouvé.</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphView</name>
    <message>
        <source>Access graph</source>
        <translation>Graphe d&apos;accès</translation>
    </message>
    <message>
        <source>all of mesh %1</source>
        <translation>tout le mesh %1</translation>
    </message>
    <message>
        <source>Show &amp;access log of %1</source>
        <translation>Afficher le journal d’&amp;accès de %1</translation>
    </message>
    <message>
        <source>Show &amp;access log of %1&apos;s requests</source>
        <translation>Afficher le journal d’&amp;accès des requêtes de %1</translation>
    </message>
    <message>
        <source>&amp;Focus on its neighbourhood</source>
        <translation>&amp;Centrer sur son voisinage</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>%1 demandé</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>toute méthode</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>sain</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>health unknown</source>
        <translation>état inconnu</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>standing access (mesh policy %1)</source>
        <translation>accès permanent (politique du maillage %1)</translation>
    </message>
    <message>
        <source>standing access (configuration)</source>
        <translation>accès permanent (configuration)</translation>
    </message>
    <message>
        <source>temporary grant, %1</source>
        <translation>autorisation temporaire, %1</translation>
    </message>
    <message>
        <source>pending request for %1</source>
        <translation>demande en attente pour %1</translation>
    </message>
    <message>
        <source>pending request</source>
        <translation>demande en attente</translation>
    </message>
    <message>
        <source>Methods: %1</source>
        <translation>Méthodes : %1</translation>
    </message>
    <message>
        <source>Paths: %1</source>
        <translation>Chemins : %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Legend (L)</source>
        <translation>Légende (L)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom ou&amp;t</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit the graph in view</source>
        <translation>&amp;Ajuster le graphe à la vue</translation>
    </message>
    <message>
        <source>&amp;Next node</source>
        <translation>Nœud &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous node</source>
        <translation>Nœud &amp;précédent</translation>
    </message>
    <message>
        <source>Focus on the &amp;selected service</source>
        <translation>Centrer sur le service sé&amp;lectionné</translation>
    </message>
    <message>
        <source>L&amp;eave the focus</source>
        <translation>Q&amp;uitter le centrage</translation>
    </message>
    <message>
        <source>Node &amp;menu…</source>
        <translation>&amp;Menu du nœud…</translation>
    </message>
    <message>
        <source>Show the legen&amp;d</source>
        <translation>Afficher la lé&amp;gende</translation>
    </message>
    <message>
        <source>Lay the graph out &amp;again</source>
        <translation>Réorganiser le grap&amp;he</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>État : %1</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
</TS>
