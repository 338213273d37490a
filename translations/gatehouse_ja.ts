<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AuditRecord</name>
    <message>
        <source>An audit record is incomplete.</source>
        <translation>監査レコードが不完全です。</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Control plane URL (https, or http on loopback).</source>
        <translation>コントロールプレーンの URL（https、またはループバック上の http）。</translation>
    </message>
    <message>
        <source>OpenID Connect issuer URL.</source>
        <translation>OpenID Connect の発行者 URL。</translation>
    </message>
    <message>
        <source>OAuth client ID of this console.</source>
        <translation>このコンソールの OAuth クライアント ID。</translation>
    </message>
    <message>
        <source>Read endpoints from the demo stack&apos;s env &lt;file&gt;.</source>
        <translation>デモ スタックの env ファイル &lt;file&gt; からエンドポイントを読み込みます。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Gatehouse console: see who may reach which service, grant access that expires, export audit evidence and read access logs.

Exit codes: 0 success, 1 failure, 64 usage error, 78 bad profile or configuration.</source>
        <translation>Gatehouse コンソール: 誰がどのサービスにアクセスできるかを確認し、期限付きのアクセスを付与し、監査エビデンスをエクスポートし、アクセス ログを閲覧します。

終了コード: 0 成功、1 失敗、64 使用法エラー、78 プロファイルまたは構成の不備。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>デフォルト</translation>
    </message>
</context>
<context>
    <name>DemoEnv</name>
    <message>
        <source>Line %1 is not KEY=VALUE.</source>
        <translation>%1 行目が KEY=VALUE の形式ではありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>Ed25519Key</name>
    <message>
        <source>The audit signing key is unusable.</source>
        <translation>監査用の署名鍵が使用できません。</translation>
    </message>
</context>
<context>
    <name>Grant</name>
    <message>
        <source>The server sent an unreadable grant.</source>
        <translation>サーバーから読み取れないアクセス付与が返されました。</translation>
    </message>
</context>
<context>
    <name>GrantRules</name>
    <message>
        <source>Access to %1 can be granted for at most %2.</source>
        <translation>%1 へのアクセスを付与できるのは最大 %2 までです。</translation>
    </message>
    <message>
        <source>The grant must end after it starts.</source>
        <translation>アクセス付与の終了日時は開始日時より後にする必要があります。</translation>
    </message>
    <message>
        <source>The grant cannot start in the past.</source>
        <translation>アクセス付与の開始日時を過去にすることはできません。</translation>
    </message>
    <message>
        <source>The grant would already have expired.</source>
        <translation>アクセス付与の有効期限が既に過ぎています。</translation>
    </message>
    <message>
        <source>Access to %1 needs a ticket reference.</source>
        <translation>%1 へのアクセスにはチケット参照が必要です。</translation>
    </message>
    <message>
        <source>Only an owner of %1 can review this request.</source>
        <translation>この申請を審査できるのは %1 のオーナーのみです。</translation>
    </message>
    <message>
        <source>Nobody can review their own request.</source>
        <translation>自分自身の申請を審査することはできません。</translation>
    </message>
    <message>
        <source>Nobody can review a request for their own access.</source>
        <translation>自分自身のアクセスに関する申請を審査することはできません。</translation>
    </message>
    <message>
        <source>This request is no longer pending (it is %1).</source>
        <translation>この申請はもう保留中ではありません（状態: %1）。</translation>
    </message>
    <message>
        <source>Only an owner of %1 or the requester can revoke this grant.</source>
        <translation>このアクセス付与を取り消せるのは、%1 のオーナーまたは申請者のみです。</translation>
    </message>
    <message>
        <source>This grant has already ended (it is %1).</source>
        <translation>このアクセス付与は既に終了しています（状態: %1）。</translation>
    </message>
    <message>
        <source>Only an owner of %1 can extend this grant.</source>
        <translation>このアクセス付与を延長できるのは %1 のオーナーのみです。</translation>
    </message>
    <message>
        <source>Nobody can extend their own access.</source>
        <translation>自分自身のアクセスを延長することはできません。</translation>
    </message>
    <message>
        <source>Only an active grant can be extended.</source>
        <translation>延長できるのは有効なアクセス付与のみです。</translation>
    </message>
    <message>
        <source>The new end must be later than the current one.</source>
        <translation>新しい終了日時は現在の終了日時より後にする必要があります。</translation>
    </message>
</context>
<context>
    <name>JsonFetchJob</name>
    <message>
        <source>The server sent an answer that is not JSON.</source>
        <translation>サーバーから JSON ではない応答が返されました。</translation>
    </message>
</context>
<context>
    <name>Jwk</name>
    <message>
        <source>The identity provider published an unusable key.</source>
        <translation>ID プロバイダーが使用できない鍵を公開しています。</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>The token is not a well-formed JWT.</source>
        <translation>トークンが正しい形式の JWT ではありません。</translation>
    </message>
</context>
<context>
    <name>NetworkJob</name>
    <message>
        <source>The request could not be sent.</source>
        <translation>リクエストを送信できませんでした。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified.</source>
        <translation>サーバーの TLS 証明書を検証できませんでした。</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>サーバーに接続できませんでした。</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>サーバーが HTTP ステータス %1 を返しました。</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>control plane</source>
        <translation>コントロールプレーン</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>The profile has no client ID.</source>
        <translation>プロファイルにクライアント ID がありません。</translation>
    </message>
</context>
<context>
    <name>SignedHead</name>
    <message>
        <source>The signed audit head is unreadable.</source>
        <translation>監査チェーンの署名付きヘッドを読み取れません。</translation>
    </message>
</context>
<context>
    <name>TokenValidator</name>
    <message>
        <source>The token was signed with a key the identity provider does not publish.</source>
        <translation>トークンは、ID プロバイダーが公開していない鍵で署名されています。</translation>
    </message>
    <message>
        <source>The token names no key and the identity provider publishes several.</source>
        <translation>トークンに鍵が指定されておらず、ID プロバイダーは複数の鍵を公開しています。</translation>
    </message>
    <message>
        <source>The token uses a signing algorithm that is not accepted.</source>
        <translation>トークンの署名アルゴリズムは許可されていません。</translation>
    </message>
    <message>
        <source>The token is not a well-formed JWT.</source>
        <translation>トークンが正しい形式の JWT ではありません。</translation>
    </message>
    <message>
        <source>The token is of the wrong type.</source>
        <translation>トークンの種類が正しくありません。</translation>
    </message>
    <message>
        <source>The token&apos;s signature is not valid.</source>
        <translation>トークンの署名が無効です。</translation>
    </message>
    <message>
        <source>The token was issued by a different identity provider.</source>
        <translation>トークンは別の ID プロバイダーによって発行されています。</translation>
    </message>
    <message>
        <source>The token is meant for a different audience.</source>
        <translation>トークンは別の対象者向けです。</translation>
    </message>
    <message>
        <source>The token was issued to a different application.</source>
        <translation>トークンは別のアプリケーション向けに発行されています。</translation>
    </message>
    <message>
        <source>The token has expired.</source>
        <translation>トークンの有効期限が切れています。</translation>
    </message>
    <message>
        <source>The token is not valid yet.</source>
        <translation>トークンはまだ有効ではありません。</translation>
    </message>
    <message>
        <source>The token claims to be issued in the future.</source>
        <translation>トークンの発行日時が未来になっています。</translation>
    </message>
    <message>
        <source>The token is too old.</source>
        <translation>トークンが古すぎます。</translation>
    </message>
    <message>
        <source>The sign-in response does not belong to this sign-in attempt.</source>
        <translation>サインイン応答がこのサインイン試行のものではありません。</translation>
    </message>
    <message>
        <source>The token does not name its subject.</source>
        <translation>トークンにサブジェクトが指定されていません。</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>The %1 address is not a valid URL.</source>
        <translation>%1 のアドレスが有効な URL ではありません。</translation>
    </message>
    <message>
        <source>The %1 address must use https (plain http is allowed only on this computer&apos;s loopback address).</source>
        <translation>%1 のアドレスには https を使用する必要があります（暗号化されていない http は、このコンピューターのループバック アドレスでのみ使用できます）。</translation>
    </message>
</context>
<context>
    <name>gatehouse::EndpointProbe</name>
    <message>
        <source>Control plane</source>
        <translation>コントロールプレーン</translation>
    </message>
    <message>
        <source>Identity provider</source>
        <translation>ID プロバイダー</translation>
    </message>
    <message>
        <source>gatehoused %1, %2 store</source>
        <translation>gatehoused %1、%2 ストア</translation>
    </message>
    <message>
        <source>Discovery names a different issuer: %1</source>
        <translation>ディスカバリー ドキュメントに別の発行者が指定されています: %1</translation>
    </message>
    <message>
        <source>OpenID Provider, issuer matches</source>
        <translation>OpenID プロバイダー、発行者が一致</translation>
    </message>
</context>
<context>
    <name>gatehouse::EndpointStatusModel</name>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>到達可能</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>到達不可</translation>
    </message>
    <message>
        <source>Misconfigured</source>
        <translation>構成エラー</translation>
    </message>
    <message>
        <source>Checked at %1 UTC</source>
        <translation>%1 UTC に確認</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
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
        <translation>誰がどのサービスにいつまでアクセスできるか</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Profile “%1”</source>
        <translation>プロファイル「%1」</translation>
    </message>
    <message>
        <source>Control plane:</source>
        <translation>コントロールプレーン:</translation>
    </message>
    <message>
        <source>Identity provider:</source>
        <translation>ID プロバイダー:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>クライアント ID:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>スコープ:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Check connections</source>
        <translation>接続を確認(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Gatehouse</source>
        <translation>Gatehouse について(&amp;A)</translation>
    </message>
    <message>
        <source>About Gatehouse</source>
        <translation>Gatehouse について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gatehouse %1&lt;/b&gt;&lt;p&gt;Decide, enforce and prove who may reach which service, until when.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Gatehouse %1&lt;/b&gt;&lt;p&gt;誰がどのサービスにいつまでアクセスできるかを決定し、適用し、証明します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 endpoints need attention</source>
        <translation>%2 件中 %1 件のエンドポイントで対応が必要です</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Checking connections…</source>
        <translation>接続を確認中…</translation>
    </message>
</context>
</TS>
