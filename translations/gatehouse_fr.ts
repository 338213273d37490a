<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AuditRecord</name>
    <message>
        <source>An audit record is incomplete.</source>
        <translation>Un enregistrement d&apos;audit est incomplet.</translation>
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
        <source>Gatehouse console: see who may reach which service, grant access that expires, export audit evidence and read access logs.

Exit codes: 0 success, 1 failure, 64 usage error, 78 bad profile or configuration.</source>
        <translation>Console Gatehouse&#xa0;: voir qui peut atteindre quel service, accorder des accès à durée limitée, exporter des preuves d&apos;audit et consulter les journaux d&apos;accès.

Codes de sortie&#xa0;: 0 succès, 1 échec, 64 erreur d&apos;utilisation, 78 profil ou configuration incorrects.</translation>
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
</context>
<context>
    <name>JsonFetchJob</name>
    <message>
        <source>The server sent an answer that is not JSON.</source>
        <translation>Le serveur a envoyé une réponse qui n&apos;est pas du JSON.</translation>
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
</context>
<context>
    <name>SignedHead</name>
    <message>
        <source>The signed audit head is unreadable.</source>
        <translation>La tête signée de la chaîne d&apos;audit est illisible.</translation>
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
        <source>The token is not a well-formed JWT.</source>
        <translation>Le jeton n&apos;est pas un JWT bien formé.</translation>
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
        <source>The sign-in response does not belong to this sign-in attempt.</source>
        <translation>La réponse de connexion ne correspond pas à cette tentative de connexion.</translation>
    </message>
    <message>
        <source>The token does not name its subject.</source>
        <translation>Le jeton n&apos;indique pas son sujet.</translation>
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
    <name>gatehouse::MainWindow</name>
    <message>
        <source>Gatehouse — %1</source>
        <translation>Gatehouse — %1</translation>
    </message>
    <message>
        <source>Who may reach which service, until when</source>
        <translation>Qui peut atteindre quel service, et jusqu&apos;à quand</translation>
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
</context>
</TS>
