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
    <name>BrowserLauncher</name>
    <message>
        <source>The browser could not be opened.</source>
        <translation>ブラウザーを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>CommandLineSession</name>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインインしています</translation>
    </message>
    <message>
        <source>email:  </source>
        <translation>メール:      </translation>
    </message>
    <message>
        <source>groups: </source>
        <translation>グループ:    </translation>
    </message>
    <message>
        <source>subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>profile:</source>
        <translation>プロファイル:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>session ends:</source>
        <translation>セッション終了:</translation>
    </message>
    <message>
        <source>There is no profile named %1.</source>
        <translation>%1 という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <source>Sign in in your browser. If it did not open, visit:</source>
        <translation>ブラウザーでサインインしてください。ブラウザーが開かない場合は、次の URL にアクセスしてください:</translation>
    </message>
    <message>
        <source>No keychain is available, so the session could not be saved; it was signed out again.</source>
        <translation>キーチェーンを使用できないため、セッションを保存できませんでした。セッションは再度サインアウトされました。</translation>
    </message>
    <message>
        <source>No keychain is available, so no saved session can be read.</source>
        <translation>キーチェーンを使用できないため、保存されたセッションを読み込めません。</translation>
    </message>
    <message>
        <source>Not signed in. Run &apos;gatehouse login&apos; to sign in.</source>
        <translation>サインインしていません。サインインするには「gatehouse login」を実行してください。</translation>
    </message>
    <message>
        <source>Signed out; the session was revoked.</source>
        <translation>サインアウトしました。セッションは取り消されました。</translation>
    </message>
    <message>
        <source>Not signed in; nothing to do.</source>
        <translation>サインインしていないため、何も行いません。</translation>
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
    <message>
        <source>Use the saved profile &lt;name&gt;.</source>
        <translation>保存済みのプロファイル &lt;name&gt; を使用します。</translation>
    </message>
    <message>
        <source>Run &lt;command&gt; with the sign-in URL as its last argument instead of opening the default browser (also GATEHOUSE_BROWSER).</source>
        <translation>デフォルトのブラウザーを開く代わりに、サインイン URL を最後の引数として &lt;command&gt; を実行します（GATEHOUSE_BROWSER でも指定できます）。</translation>
    </message>
    <message>
        <source>Gatehouse console: see who may reach which service, grant access that expires, export audit evidence and read access logs.

Commands (without one, the window opens):
  login    sign in through the browser and keep the session in the keychain
  whoami   show who is signed in and when the session ends
  logout   revoke the session at the identity provider and forget it

Exit codes: 0 success, 1 failure, 10 identity provider unreachable, 11 sign-in cancelled, 12 sign-in timed out, 13 access denied at the identity provider, 14 state mismatch, 15 issuer mismatch, 16 token rejected, 17 keychain unavailable, 18 session ended at the identity provider, 19 not signed in, 20 other identity provider error, 64 usage error, 78 bad profile or configuration.</source>
        <translation>Gatehouse コンソール: 誰がどのサービスにアクセスできるかを確認し、期限付きのアクセスを付与し、監査証跡をエクスポートし、アクセス ログを閲覧します。

コマンド（指定しない場合はウィンドウが開きます）:
  login    ブラウザーでサインインし、セッションをキーチェーンに保存します
  whoami   サインインしているユーザーとセッションの終了日時を表示します
  logout   ID プロバイダーでセッションを取り消し、破棄します

終了コード: 0 成功、1 失敗、10 ID プロバイダーに接続できない、11 サインインがキャンセルされた、12 サインインがタイムアウトした、13 ID プロバイダーでアクセスが拒否された、14 state の不一致、15 発行者の不一致、16 トークンが拒否された、17 キーチェーンを使用できない、18 ID プロバイダーでセッションが終了した、19 サインインしていない、20 その他の ID プロバイダー エラー、64 使用方法の誤り、78 プロファイルまたは構成の誤り。</translation>
    </message>
    <message>
        <source>login, whoami or logout</source>
        <translation>login、whoami または logout</translation>
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
    <name>IdTokenVerifier</name>
    <message>
        <source>The identity provider&apos;s signing keys could not be loaded.</source>
        <translation>ID プロバイダーの署名鍵を読み込めませんでした。</translation>
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
    <name>LoopbackReceiver</name>
    <message>
        <source>Bad request</source>
        <translation>不正なリクエスト</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>This address only receives Gatehouse sign-ins.</source>
        <translation>このアドレスは Gatehouse のサインインのみを受け付けます。</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>サインインが拒否されました</translation>
    </message>
    <message>
        <source>This sign-in response was not started by this Gatehouse window. Start the sign-in again.</source>
        <translation>このサインイン応答は、この Gatehouse ウィンドウで開始されたものではありません。サインインをやり直してください。</translation>
    </message>
    <message>
        <source>Signed in to Gatehouse</source>
        <translation>Gatehouse にサインインしました</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>サインインに失敗しました</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Gatehouse.</source>
        <translation>サインインは Gatehouse でキャンセルされました。</translation>
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
    <name>OidcMetadata</name>
    <message>
        <source>The identity provider&apos;s configuration is incomplete (no %1).</source>
        <translation>ID プロバイダーの構成が不完全です（%1 がありません）。</translation>
    </message>
    <message>
        <source>The identity provider calls itself %1, not the issuer this profile names (%2).</source>
        <translation>ID プロバイダーは自身を %1 と名乗っていますが、このプロファイルで指定された発行者は %2 です。</translation>
    </message>
    <message>
        <source>The identity provider does not support PKCE with S256, which Gatehouse requires.</source>
        <translation>ID プロバイダーが、Gatehouse に必要な S256 による PKCE をサポートしていません。</translation>
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
    <name>ProfileStore</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>プロファイルには名前が必要です。</translation>
    </message>
    <message>
        <source>The profiles could not be saved.</source>
        <translation>プロファイルを保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>The identity provider issued no refresh token; allow offline_access for this client.</source>
        <translation>ID プロバイダーがリフレッシュトークンを発行しませんでした。このクライアントに offline_access を許可してください。</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token response is incomplete.</source>
        <translation>ID プロバイダーのトークン応答が不完全です。</translation>
    </message>
    <message>
        <source>The identity provider returned a token for a different user.</source>
        <translation>ID プロバイダーが別のユーザーのトークンを返しました。</translation>
    </message>
    <message>
        <source>The keychain is not available, so there is no saved session to sign out of.</source>
        <translation>キーチェーンを使用できないため、サインアウトする保存済みのセッションがありません。</translation>
    </message>
    <message>
        <source>Signed out on this computer, but the identity provider could not be reached to revoke the session.</source>
        <translation>このコンピューターではサインアウトしましたが、ID プロバイダーに接続できなかったため、セッションを取り消せませんでした。</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>The identity provider could not be reached: %1</source>
        <translation>ID プロバイダーに接続できませんでした: %1</translation>
    </message>
    <message>
        <source>Your session has ended at the identity provider (it was signed out, expired, or a used refresh token was presented again). Please sign in again.</source>
        <translation>ID プロバイダーでのセッションが終了しました（サインアウトされたか、有効期限が切れたか、使用済みのリフレッシュトークンが再度提示されました）。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The identity provider refused: %1</source>
        <translation>ID プロバイダーが拒否しました: %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s ID token was rejected: %1</source>
        <translation>ID プロバイダーの ID トークンが拒否されました: %1</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>サインインがキャンセルされました。</translation>
    </message>
    <message>
        <source>The browser returned a sign-in response that this sign-in did not start (state mismatch). Nothing was signed in; start again.</source>
        <translation>ブラウザーから、このサインインで開始されていないサインイン応答が返されました（state の不一致）。サインインは行われていません。最初からやり直してください。</translation>
    </message>
    <message>
        <source>The sign-in was not completed in the browser in time.</source>
        <translation>ブラウザーでのサインインが時間内に完了しませんでした。</translation>
    </message>
    <message>
        <source>Could not open a local port to receive the sign-in.</source>
        <translation>サインインを受け取るためのローカル ポートを開けませんでした。</translation>
    </message>
    <message>
        <source>The sign-in response came from a different identity provider than the one this profile names (issuer mismatch).</source>
        <translation>サインイン応答が、このプロファイルで指定されたものとは別の ID プロバイダーから返されました（発行者の不一致）。</translation>
    </message>
    <message>
        <source>The sign-in was declined at the identity provider (access denied).</source>
        <translation>ID プロバイダーでサインインが拒否されました（アクセス拒否）。</translation>
    </message>
    <message>
        <source>The identity provider refused the sign-in: %1</source>
        <translation>ID プロバイダーがサインインを拒否しました: %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s response had no authorization code.</source>
        <translation>ID プロバイダーの応答に認可コードが含まれていませんでした。</translation>
    </message>
    <message>
        <source>The identity provider&apos;s token response is incomplete.</source>
        <translation>ID プロバイダーのトークン応答が不完全です。</translation>
    </message>
    <message>
        <source>The identity provider&apos;s user information names a different user than the ID token.</source>
        <translation>ID プロバイダーのユーザー情報に、ID トークンとは別のユーザーが示されています。</translation>
    </message>
    <message>
        <source>You are signed in as %1. You can close this tab and return to Gatehouse.</source>
        <translation>%1 としてサインインしました。このタブを閉じて Gatehouse に戻ることができます。</translation>
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
    <name>gatehouse::ConsoleController</name>
    <message>
        <source>Signing out…</source>
        <translation>サインアウトしています…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>セッションを復元しています…</translation>
    </message>
    <message>
        <source>Contacting the identity provider…</source>
        <translation>ID プロバイダーに接続しています…</translation>
    </message>
    <message>
        <source>Completing sign-in…</source>
        <translation>サインインを完了しています…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインインしています</translation>
    </message>
    <message>
        <source>No keychain is available (%1). You stay signed in until Gatehouse quits; nothing is saved to disk.</source>
        <translation>キーチェーンを使用できません（%1）。Gatehouse を終了するまでサインインしたままになります。ディスクには何も保存されません。</translation>
    </message>
    <message>
        <source>no secret service</source>
        <translation>Secret Service がありません</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>プロファイルは保存されませんでした</translation>
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
    <message>
        <source>&amp;Profile</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>新しいプロファイル(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>プロファイルを編集(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>gatehouse::ProfileDialog</name>
    <message>
        <source>Edit profile</source>
        <translation>プロファイルの編集</translation>
    </message>
    <message>
        <source>Connect Gatehouse</source>
        <translation>Gatehouse の接続</translation>
    </message>
    <message>
        <source>Welcome. Tell Gatehouse which control plane to manage and which identity provider signs you in. The values below are those of the demo stack on this computer.</source>
        <translation>ようこそ。Gatehouse で管理するコントロールプレーンと、サインインに使用する ID プロバイダーを指定してください。以下の値は、このコンピューター上のデモ スタックの値です。</translation>
    </message>
    <message>
        <source>A profile names a control plane and the identity provider that signs you in to it.</source>
        <translation>プロファイルでは、コントロールプレーンと、そこへのサインインに使用する ID プロバイダーを指定します。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>例: 本番環境</translation>
    </message>
    <message>
        <source>&amp;Control plane:</source>
        <translation>コントロールプレーン(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Identity provider:</source>
        <translation>ID プロバイダー(&amp;I):</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>クライアント ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>スコープ(&amp;S):</translation>
    </message>
    <message>
        <source>API &amp;resource:</source>
        <translation>API リソース(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>プロファイルに名前を付けてください。</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>%1 という名前のプロファイルは既に存在します。</translation>
    </message>
    <message>
        <source>The scopes must include openid.</source>
        <translation>スコープには openid を含める必要があります。</translation>
    </message>
</context>
<context>
    <name>gatehouse::SessionPanel</name>
    <message>
        <source>Sign-in error</source>
        <translation>サインイン エラー</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>サインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Cancel sign-in</source>
        <translation>サインインをキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Copy sign-in &amp;link</source>
        <translation>サインイン リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>If no browser opened, paste this link into one.</source>
        <translation>ブラウザーが開かなかった場合は、このリンクをブラウザーに貼り付けてください。</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>Sign in with your company account to see and grant access. Your browser opens the identity provider&apos;s page; Gatehouse never sees your password.</source>
        <translation>アクセスを確認および付与するには、会社のアカウントでサインインしてください。ブラウザーで ID プロバイダーのページが開きます。Gatehouse がパスワードを目にすることはありません。</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>ブラウザーでのサインインを待っています…</translation>
    </message>
    <message>
        <source>Finish signing in on the page that opened at %1, then come back here. No browser? Copy the sign-in link and open it yourself.</source>
        <translation>%1 で開いたページでサインインを完了してから、ここに戻ってください。ブラウザーが開かない場合は、サインイン リンクをコピーして手動で開いてください。</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインインしています</translation>
    </message>
    <message>
        <source>Signed in as %1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt; としてサインインしています</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>グループ: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Session ends %1</source>
        <translation>セッション終了: %1</translation>
    </message>
</context>
</TS>
