<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccessRule</name>
    <message>
        <source>The server sent an unreadable permission.</source>
        <translation>サーバーが読み取れない権限を送信しました。</translation>
    </message>
</context>
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
    <name>Checkpoint</name>
    <message>
        <source>A checkpoint line is unreadable.</source>
        <translation>チェックポイントの行を読み取れません。</translation>
    </message>
    <message>
        <source>Cannot read the checkpoints: %1</source>
        <translation>チェックポイントを読み取れません: %1</translation>
    </message>
    <message>
        <source>%1 line %2: the checkpoint is unreadable (cut short or edited?)</source>
        <translation>%1 の %2 行目: チェックポイントを読み取れません (途中で切れているか、編集されていませんか?)</translation>
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
        <source>evidence export: the period, e.g. 2026-Q4, 2026-11 or 2026.</source>
        <translation>evidence export: 期間 (例: 2026-Q4、2026-11、2026)。</translation>
    </message>
    <message>
        <source>evidence export: write the pack into the new folder &lt;dir&gt; (and &lt;dir&gt;.zip).</source>
        <translation>evidence export: パックを新しいフォルダー &lt;dir&gt; (と &lt;dir&gt;.zip) に書き込みます。</translation>
    </message>
    <message>
        <source>evidence export: only these services (comma-separated); all when not given.</source>
        <translation>evidence export: これらのサービスのみ (カンマ区切り)。指定しない場合はすべて。</translation>
    </message>
    <message>
        <source>evidence export: why, recorded with the export.</source>
        <translation>evidence export: 理由。エクスポートとともに記録されます。</translation>
    </message>
    <message>
        <source>evidence verify: the audit key you trust, as a public key file (PEM) or its SHA-256 fingerprint.</source>
        <translation>evidence verify: 信頼する監査キー。公開鍵ファイル (PEM) またはその SHA-256 フィンガープリント。</translation>
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
        <translation>Gatehouse コンソール: 誰がどのサービスにアクセスできるかを確認し、期限付きのアクセスを付与し、監査証跡をエクスポートし、アクセス ログを閲覧します。

コマンド（指定しない場合はウィンドウが開きます）:
  login    ブラウザーでサインインし、セッションをキーチェーンに保存します
  whoami   サインインしているユーザーとセッションの終了日時を表示します
  logout   ID プロバイダーでセッションを取り消し、破棄します
  evidence export --period 2026-Q4 --out DIR [--services a,b]
           証跡パック (監査担当者と管理者) を新しいフォルダーと .zip にエクスポートします
  evidence verify DIR --key FINGERPRINT|FILE
           ネットワークを使わず、指定した監査キーだけを信頼してパックを検証します

終了コード: 0 成功、1 失敗、10 ID プロバイダーに接続できない、11 サインインがキャンセルされた、12 サインインがタイムアウトした、13 ID プロバイダーでアクセスが拒否された、14 state の不一致、15 発行者の不一致、16 トークンが拒否された、17 キーチェーンを使用できない、18 ID プロバイダーでセッションが終了した、19 サインインしていない、20 その他の ID プロバイダー エラー、21 サインイン コードが受け付けられなかった、64 使用方法の誤り、78 プロファイルまたは構成の誤り。</translation>
    </message>
    <message>
        <source>login, whoami, logout or evidence</source>
        <translation>login、whoami、logout または evidence</translation>
    </message>
    <message>
        <source>evidence export needs --period and --out.</source>
        <translation>evidence export には --period と --out が必要です。</translation>
    </message>
    <message>
        <source>evidence verify needs --key: the audit key you trust (a public key file or its SHA-256 fingerprint).</source>
        <translation>evidence verify には --key が必要です: 信頼する監査キー (公開鍵ファイルまたはその SHA-256 フィンガープリント)。</translation>
    </message>
    <message>
        <source>Use &apos;evidence verify DIR --key KEY&apos; (one pack folder) or &apos;evidence export --period P --out DIR&apos;.</source>
        <translation>&apos;evidence verify DIR --key KEY&apos; (パック フォルダーを 1 つ) または &apos;evidence export --period P --out DIR&apos; を使ってください。</translation>
    </message>
    <message>
        <source>Use &apos;evidence export --period P --out DIR&apos; or &apos;evidence verify DIR --key KEY&apos;, not &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; ではなく、&apos;evidence export --period P --out DIR&apos; または &apos;evidence verify DIR --key KEY&apos; を使ってください。</translation>
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
    <name>EvidenceBundle</name>
    <message>
        <source>The control plane&apos;s evidence answer is unreadable.</source>
        <translation>コントロール プレーンの証跡の応答を読み取れません。</translation>
    </message>
</context>
<context>
    <name>EvidenceCommand</name>
    <message>
        <source>Verifying the evidence pack %1 with the pinned audit key %2 (no network):</source>
        <translation>固定した監査キー %2 で証跡パック %1 を検証しています (ネットワークなし):</translation>
    </message>
    <message>
        <source>VERIFIED: every file is as the audit key signed it, and every population is what the signed chain says.</source>
        <translation>検証済み: すべてのファイルは監査キーが署名したとおりで、すべての母集団は署名済みチェーンの内容と一致します。</translation>
    </message>
    <message>
        <source>NOT VERIFIED: %1 problem(s); do not rely on this pack.</source>
        <translation>検証失敗: %1 件の問題。このパックを信頼しないでください。</translation>
    </message>
    <message>
        <source>Evidence pack for %1 written to %2 and %3.</source>
        <translation>%1 の証跡パックを %2 と %3 に書き込みました。</translation>
    </message>
    <message>
        <source>The export is audit record %1; the chain segment runs from seq %2 to %1.</source>
        <translation>このエクスポートは監査レコード %1 です。チェーン区間は seq %2 から %1 までです。</translation>
    </message>
    <message>
        <source>Auditors check it with: gatehouse evidence verify %1 --key AUDIT-KEY</source>
        <translation>監査担当者は次のコマンドで検証します: gatehouse evidence verify %1 --key AUDIT-KEY</translation>
    </message>
    <message>
        <source>Not signed in. Run &apos;gatehouse login&apos; to sign in.</source>
        <translation>サインインしていません。&apos;gatehouse login&apos; でサインインしてください。</translation>
    </message>
</context>
<context>
    <name>EvidenceExporter</name>
    <message>
        <source>The output folder %1 is not empty; choose a new one.</source>
        <translation>出力フォルダー %1 は空ではありません。新しいフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>%1.zip already exists; choose a new folder name.</source>
        <translation>%1.zip は既に存在します。新しいフォルダー名を選んでください。</translation>
    </message>
    <message>
        <source>Asking the control plane for the chain segment (this records the export)…</source>
        <translation>コントロール プレーンにチェーン区間を要求しています (エクスポートが記録されます)…</translation>
    </message>
    <message>
        <source>The control plane&apos;s chain segment does not verify: %1</source>
        <translation>コントロール プレーンのチェーン区間を検証できません: %1</translation>
    </message>
    <message>
        <source>Writing the PDF memo…</source>
        <translation>PDF メモを書き込んでいます…</translation>
    </message>
    <message>
        <source>Having the control plane sign the manifest with the audit key…</source>
        <translation>コントロール プレーンが監査キーでマニフェストに署名しています…</translation>
    </message>
    <message>
        <source>The control plane&apos;s signature over the manifest does not verify.</source>
        <translation>コントロール プレーンによるマニフェストの署名を検証できません。</translation>
    </message>
</context>
<context>
    <name>EvidencePeriod</name>
    <message>
        <source>A period is a quarter (2026-Q4), a month (2026-11) or a year (2026), not &apos;%1&apos;.</source>
        <translation>期間は四半期 (2026-Q4)、月 (2026-11)、年 (2026) のいずれかです。&apos;%1&apos; は使えません。</translation>
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
    <message>
        <source>This request no longer fits the rules of %1: access can now be granted for at most %2. Deny it and ask for a shorter one.</source>
        <translation>このリクエストは %1 のルールに合わなくなりました。現在付与できるのは最長 %2 です。却下して、より短い期間で依頼し直してもらってください。</translation>
    </message>
    <message>
        <source>This request no longer fits the rules of %1: access now needs a ticket reference. Deny it and ask for one with a ticket.</source>
        <translation>このリクエストは %1 のルールに合わなくなりました。現在はチケット番号が必要です。却下して、チケット付きで依頼し直してもらってください。</translation>
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
    <message>
        <source>The server sent an answer that is not JSON.</source>
        <translation>サーバーから JSON ではない応答が返されました。</translation>
    </message>
    <message>
        <source>The connection broke before the answer ended.</source>
        <translation>応答が終わる前に接続が切れました。</translation>
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
    <name>PackFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 line %2 is not an audit record.</source>
        <translation>%1 の %2 行目は監査レコードではありません。</translation>
    </message>
</context>
<context>
    <name>PinnedKey</name>
    <message>
        <source>The pinned audit key must be a public key file (PEM) or a 64-digit SHA-256 fingerprint.</source>
        <translation>固定する監査キーは公開鍵ファイル (PEM) または 64 桁の SHA-256 フィンガープリントである必要があります。</translation>
    </message>
</context>
<context>
    <name>Principal</name>
    <message>
        <source>The token has no &apos;%1&apos; claim, which this server identifies callers by; ask the identity provider&apos;s administrator to include it.</source>
        <translation>トークンに、このサーバーが呼び出し元の識別に使う「%1」クレームがありません。ID プロバイダーの管理者に追加を依頼してください。</translation>
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
    <message>
        <source>Name the API resource to ask the identity provider for.</source>
        <translation>ID プロバイダーに要求する API リソースを指定してください。</translation>
    </message>
    <message>
        <source>Name the one scope that gives tokens for the API, e.g. api://gatehouse/.default.</source>
        <translation>API 用のトークンを得るスコープを 1 つ指定してください（例: api://gatehouse/.default）。</translation>
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
    <message>
        <source>You are signed in as %1. You can close this tab and return to Gatehouse.</source>
        <translation>%1 としてサインインしました。このタブを閉じて Gatehouse に戻ってください。</translation>
    </message>
    <message>
        <source>You are signed in as %1, but the session could not be saved in the keychain: it lasts until Gatehouse quits, and you will sign in again next time. You can close this tab and return to Gatehouse.</source>
        <translation>%1 としてサインインしましたが、セッションをキーチェーンに保存できませんでした。Gatehouse を終了するまで有効で、次回は再度サインインが必要です。このタブを閉じて Gatehouse に戻ってください。</translation>
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
    <message>
        <source>The identity provider did not accept the sign-in code (it was already used, has expired, or was not issued for this sign-in). Nothing was signed in; start the sign-in again.</source>
        <translation>ID プロバイダーがサインインコードを受け付けませんでした（使用済み、期限切れ、またはこのサインイン用ではありません）。サインインしていません。もう一度サインインしてください。</translation>
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
</context>
<context>
    <name>SignedHead</name>
    <message>
        <source>The signed audit head is unreadable.</source>
        <translation>監査チェーンの署名付きヘッドを読み取れません。</translation>
    </message>
</context>
<context>
    <name>SignedInUser</name>
    <message>
        <source>an account without a name</source>
        <translation>名前のないアカウント</translation>
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
        <source>The token does not name its subject.</source>
        <translation>トークンにサブジェクトが指定されていません。</translation>
    </message>
    <message>
        <source>The token requires an extension (&quot;crit&quot; header) that is not supported.</source>
        <translation>トークンがサポートされていない拡張（&quot;crit&quot; ヘッダー）を要求しています。</translation>
    </message>
    <message>
        <source>The token is also meant for an audience that is not trusted.</source>
        <translation>トークンが信頼されていないオーディエンスにも向けられています。</translation>
    </message>
    <message>
        <source>The token names several audiences but not the application it was issued to (no &quot;azp&quot;).</source>
        <translation>トークンに複数のオーディエンスがありますが、発行先アプリケーション（&quot;azp&quot;）がありません。</translation>
    </message>
    <message>
        <source>The token does not say when it expires (no &quot;exp&quot;).</source>
        <translation>トークンに有効期限（&quot;exp&quot;）がありません。</translation>
    </message>
    <message>
        <source>The token does not say when it was issued (no &quot;iat&quot;).</source>
        <translation>トークンに発行時刻（&quot;iat&quot;）がありません。</translation>
    </message>
    <message>
        <source>The token&apos;s nonce does not match this sign-in attempt (it belongs to another sign-in).</source>
        <translation>トークンの nonce がこのサインインと一致しません（別のサインインのものです）。</translation>
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
    <name>ZipWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>エクスポートを取り消しました。</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogExporter</name>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV（表計算ソフト用） (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines, as the API lists them (*.jsonl)</source>
        <translation>JSON Lines（API と同じ形式） (*.jsonl)</translation>
    </message>
    <message>
        <source>Export access log</source>
        <translation>アクセスログのエクスポート</translation>
    </message>
    <message>
        <source>Exporting the access log to %1…</source>
        <translation>アクセスログを %1 にエクスポートしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Exporting the access log: %1 of %2 requests…</source>
        <translation>アクセスログをエクスポート中: %2 件中 %1 件…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1</source>
        <translation>
            <numerusform>%n 件のリクエストを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogFacets</name>
    <message>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <source>(unknown host)</source>
        <translation>（不明なホスト）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Top callers</source>
        <translation>上位の呼び出し元</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>上位のサービス</translation>
    </message>
    <message>
        <source>Top statuses</source>
        <translation>上位のステータス</translation>
    </message>
    <message>
        <source>Top deny reasons</source>
        <translation>上位の拒否理由</translation>
    </message>
    <message>
        <source>Click (or press Enter on) a value to add it to the filter.</source>
        <translation>値をクリック（または Enter）するとフィルターに追加されます。</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogFilter</name>
    <message>
        <source>The quote at column %1 is never closed.</source>
        <translation>%1 列目の引用符が閉じられていません。</translation>
    </message>
    <message>
        <source>%1 is a number: use =, !=, &lt;, &lt;=, &gt; or &gt;=.</source>
        <translation>%1 は数値です。=、!=、&lt;、&lt;=、&gt;、&gt;= を使ってください。</translation>
    </message>
    <message>
        <source>%1 is not a status; write it like 404 or 5xx.</source>
        <translation>%1 はステータスではありません。404 や 5xx のように書いてください。</translation>
    </message>
    <message>
        <source>%1 cannot be compared with %2; use =, != or ~.</source>
        <translation>%1 は %2 で比較できません。=、!=、~ を使ってください。</translation>
    </message>
    <message>
        <source>%1 is allow or deny: use = or !=.</source>
        <translation>%1 は allow か deny です。= か != を使ってください。</translation>
    </message>
    <message>
        <source>%1 is not a decision; use allow or deny.</source>
        <translation>%1 は判定ではありません。allow か deny を使ってください。</translation>
    </message>
    <message>
        <source>%1 is forged or unknown-host: use = or !=.</source>
        <translation>%1 は forged か unknown-host です。= か != を使ってください。</translation>
    </message>
    <message>
        <source>%1 is not a flag; use forged or unknown-host.</source>
        <translation>%1 はフラグではありません。forged か unknown-host を使ってください。</translation>
    </message>
    <message>
        <source>Expected a field name or text at column %1; use one of: %2.</source>
        <translation>%1 列目にはフィールド名かテキストが必要です。次のいずれかを使ってください: %2。</translation>
    </message>
    <message>
        <source>Expected a condition at column %1.</source>
        <translation>%1 列目に条件が必要です。</translation>
    </message>
    <message>
        <source>Expected a field name at column %1; use one of: %2.</source>
        <translation>%1 列目にフィールド名が必要です。次のいずれかを使ってください: %2。</translation>
    </message>
    <message>
        <source>Unknown field %1 at column %2; use one of: %3.</source>
        <translation>%2 列目の %1 は不明なフィールドです。次のいずれかを使ってください: %3。</translation>
    </message>
    <message>
        <source>Unknown operator %1 at column %2; use =, !=, &lt;, &lt;=, &gt;, &gt;= or ~.</source>
        <translation>%2 列目の %1 は不明な演算子です。=、!=、&lt;、&lt;=、&gt;、&gt;=、~ を使ってください。</translation>
    </message>
    <message>
        <source>Missing value after %1 at column %2.</source>
        <translation>%2 列目の %1 の後に値がありません。</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>%1 列目: %2</translation>
    </message>
    <message>
        <source>Expected %1 or %2 at column %3, found %4.</source>
        <translation>%3 列目には %1 か %2 が必要ですが、%4 がありました。</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogHistogram</name>
    <message>
        <source>Allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>Requests over the range: allowed, denied, 5xx. Drag across the bars to narrow the range.</source>
        <translation>期間内のリクエスト: 許可・拒否・5xx。バーの上をドラッグすると期間を絞り込めます。</translation>
    </message>
    <message>
        <source>No requests in this range</source>
        <translation>この期間のリクエストはありません</translation>
    </message>
    <message>
        <source>Requests per %1, %2 – %3</source>
        <translation>%1 ごとのリクエスト、%2 – %3</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogModel</name>
    <message>
        <source>forged identity header</source>
        <translation>偽造された ID ヘッダー</translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation>不明なホスト</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>判定なし</translation>
    </message>
    <message>
        <source>No decision was recorded for this request.</source>
        <translation>このリクエストの判定は記録されていません。</translation>
    </message>
    <message>
        <source>an anonymous caller</source>
        <translation>匿名の呼び出し元</translation>
    </message>
    <message>
        <source>Allowed by grant %1: %2 → %3 %4</source>
        <translation>付与 %1 により許可: %2 → %3 %4</translation>
    </message>
    <message>
        <source>Allowed without a grant (%1): %2 → %3 %4</source>
        <translation>付与なしで許可（%1）: %2 → %3 %4</translation>
    </message>
    <message>
        <source>Denied: %1 (%2 %3)</source>
        <translation>拒否: %1（%2 %3）</translation>
    </message>
    <message>
        <source>Denied: %1 (%2 → %3 %4)</source>
        <translation>拒否: %1（%2 → %3 %4）</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>承認者 %1</translation>
    </message>
    <message>
        <source>granted by %1</source>
        <translation>付与者 %1</translation>
    </message>
    <message>
        <source>revoked by %1 at %2</source>
        <translation>%2 に %1 が取り消し</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation>%1 に期限切れになりました</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人</translation>
    </message>
    <message>
        <source>group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>エージェント</translation>
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
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>呼び出し元</translation>
    </message>
    <message>
        <source>Service / host</source>
        <translation>サービス / ホスト</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>付与</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>クライアント IP</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogSync</name>
    <message>
        <source>The access log stopped arriving before its end.</source>
        <translation>アクセス ログが最後まで届く前に途切れました。</translation>
    </message>
</context>
<context>
    <name>gatehouse::AccessLogView</name>
    <message>
        <source>Filter: user = bob and status &gt;= 500, service = payments, decision = deny, path ~ /v1/charges, or any text</source>
        <translation>フィルター: user = bob and status &gt;= 500、service = payments、decision = deny、path ~ /v1/charges、または任意のテキスト</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>直近 15 分</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>直近 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>直近 24 時間</translation>
    </message>
    <message>
        <source>All cached</source>
        <translation>キャッシュ全体</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Follow new requests as they arrive (Ctrl+Shift+L)</source>
        <translation>新しいリクエストを到着次第表示（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>&amp;Export access log…</source>
        <translation>アクセスログをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the requests the filter and range select as CSV or JSON Lines (Ctrl+E)</source>
        <translation>フィルターと期間で選ばれたリクエストを CSV または JSON Lines で保存（Ctrl+E）</translation>
    </message>
    <message>
        <source>Time range (Ctrl+T)</source>
        <translation>期間（Ctrl+T）</translation>
    </message>
    <message>
        <source>Filter (Ctrl+L or /); Ctrl+Space offers fields, operators and values; Enter applies</source>
        <translation>フィルター（Ctrl+L または /）。Ctrl+Space でフィールド・演算子・値を補完、Enter で適用</translation>
    </message>
    <message>
        <source>Select a request to see every field and its decision.</source>
        <translation>リクエストを選ぶと、すべてのフィールドと判定が表示されます。</translation>
    </message>
    <message>
        <source>&amp;Copy as JSON</source>
        <translation>JSON としてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>呼び出し元</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>User logged by the edge</source>
        <translation>エッジが記録したユーザー</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>(show in the graph)</source>
        <translation>（グラフで表示）</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>付与</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>クライアント IP</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Forged header sent</source>
        <translation>送信された偽造ヘッダー</translation>
    </message>
    <message>
        <source>Decision id</source>
        <translation>判定 ID</translation>
    </message>
    <message>
        <source>Line id</source>
        <translation>行 ID</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Read the cache again and sync (Ctrl+R)</source>
        <translation>キャッシュを読み直して同期（Ctrl+R）</translation>
    </message>
    <message>
        <source>grant %1</source>
        <translation>付与 %1</translation>
    </message>
    <message>
        <source>Grants of %1 on %2</source>
        <translation>%1 の %2 への付与</translation>
    </message>
</context>
<context>
    <name>gatehouse::AuditFields</name>
    <message>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>gatehouse::AuditFilter</name>
    <message>
        <source>The quote at column %1 is never closed.</source>
        <translation>%1 列目の引用符が閉じられていません。</translation>
    </message>
    <message>
        <source>Expected a condition at column %1; use one of: %2.</source>
        <translation>%1 列目に条件が必要です。次のいずれかを使ってください: %2。</translation>
    </message>
    <message>
        <source>Unknown field %1 at column %2; use one of: %3.</source>
        <translation>%2 列目の %1 は不明なフィールドです。次のいずれかを使ってください: %3。</translation>
    </message>
    <message>
        <source>Unknown operator %1 at column %2; use =, != or ~.</source>
        <translation>%2 列目の %1 は不明な演算子です。=、!=、~ のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>Missing value after %1 at column %2.</source>
        <translation>%2 列目の %1 の後に値がありません。</translation>
    </message>
    <message>
        <source>Expected %1 or %2 at column %3, found %4.</source>
        <translation>%3 列目には %1 または %2 が必要ですが、%4 がありました。</translation>
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
        <translation>時刻</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>対象者</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>付与</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>変更前 → 変更後</translation>
    </message>
</context>
<context>
    <name>gatehouse::AuditTrustText</name>
    <message>
        <source>&lt;b&gt;Chain broken at seq %1:&lt;/b&gt; %2; records from seq %1 on cannot be trusted</source>
        <translation>&lt;b&gt;seq %1 でチェーンが壊れています:&lt;/b&gt; %2。seq %1 以降のレコードは信頼できません</translation>
    </message>
    <message>
        <source>&lt;b&gt;the chain is not signed by this profile&apos;s pinned key&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;チェーンはこのプロファイルの固定鍵で署名されていません&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;checkpoint at seq %1 disagrees:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;seq %1 のチェックポイントが一致しません:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>No audit records synced yet</source>
        <translation>監査レコードはまだ同期されていません</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain from seq %1 to %2 intact&lt;/b&gt;</source>
        <translation>&lt;b&gt;seq %1 から %2 までのチェーンは完全です&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The signed head at seq %1 is rejected:&lt;/b&gt; %2.</source>
        <translation>&lt;b&gt;seq %1 の署名付きヘッドは拒否されました:&lt;/b&gt; %2。</translation>
    </message>
    <message>
        <source>head signed by key %1, which matches this profile&apos;s pinned key</source>
        <translation>ヘッドは鍵 %1 で署名されており、このプロファイルの固定鍵と一致します</translation>
    </message>
    <message>
        <source>head signed by key %1</source>
        <translation>ヘッドは鍵 %1 で署名されています</translation>
    </message>
    <message>
        <source>no key pinned: only internal consistency checked (&lt;a href=&quot;pin&quot;&gt;pin the audit key…&lt;/a&gt;)</source>
        <translation>鍵が固定されていません: 内部の整合性のみ確認しました（&lt;a href=&quot;pin&quot;&gt;監査鍵を固定…&lt;/a&gt;）</translation>
    </message>
    <message>
        <source>nothing signed was there to check against the pinned key</source>
        <translation>固定鍵と照合できる署名済みのものがありませんでした</translation>
    </message>
    <message>
        <source>signed by this profile&apos;s pinned key</source>
        <translation>このプロファイルの固定鍵で署名されています</translation>
    </message>
    <message>
        <source>last checkpoint at %1 (seq %2)</source>
        <translation>最後のチェックポイントは %1（seq %2）</translation>
    </message>
    <message>
        <source>no checkpoint falls inside the records checked</source>
        <translation>確認したレコードの範囲にチェックポイントはありません</translation>
    </message>
    <message>
        <source>no checkpoints given</source>
        <translation>チェックポイントは指定されていません</translation>
    </message>
</context>
<context>
    <name>gatehouse::AuditVerification</name>
    <message>
        <source>The pinned audit key cannot be read: %1</source>
        <translation>固定した監査鍵を読み取れません: %1</translation>
    </message>
    <message>
        <source>The checkpoints cannot be read: %1</source>
        <translation>チェックポイントを読み取れません: %1</translation>
    </message>
    <message>
        <source>the control plane&apos;s signed head ends at seq %1, but records up to seq %2 were synced before: the end of the chain was removed</source>
        <translation>コントロールプレーンの署名付きヘッドは seq %1 で終わりますが、以前に seq %2 までのレコードが同期されていました: チェーンの末尾が削除されています</translation>
    </message>
</context>
<context>
    <name>gatehouse::AuditView</name>
    <message>
        <source>The audit chain has not been verified yet.</source>
        <translation>監査チェーンはまだ検証されていません。</translation>
    </message>
    <message>
        <source>Read the whole chain from the control plane again and verify it (Ctrl+Shift+V)</source>
        <translation>コントロールプレーンからチェーン全体を読み直して検証します（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <source>Filter, e.g. grant = 42 or actor = alice and action ~ revoked (Ctrl+F)</source>
        <translation>フィルター。例: grant = 42 or actor = alice and action ~ revoked（Ctrl+F）</translation>
    </message>
    <message>
        <source>Fields: %1. Operators: =, != and ~ (contains); combine with and, or. Text alone searches every field.</source>
        <translation>フィールド: %1。演算子: =、!=、~（含む）。and、or で組み合わせます。テキストだけの場合はすべてのフィールドを検索します。</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>フィルター(&amp;I):</translation>
    </message>
    <message>
        <source>All synced</source>
        <translation>同期済みのすべて</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>今四半期</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>カスタム…</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>開始（含む）</translation>
    </message>
    <message>
        <source>Until (exclusive)</source>
        <translation>終了（含まない）</translation>
    </message>
    <message>
        <source>Select a record to see what it changed.</source>
        <translation>レコードを選ぶと、何が変わったかが表示されます。</translation>
    </message>
    <message>
        <source>Verifying the audit chain… %1 records checked</source>
        <translation>監査チェーンを検証しています… %1 件確認済み</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>監査チェーンを検証しています…</translation>
    </message>
    <message>
        <source>Record %1 — %2 by %3 at %4
</source>
        <translation>レコード %1 — %4 に %3 が %2
</translation>
    </message>
    <message>
        <source>This record is at or after the first bad record: do not trust it.
</source>
        <translation>このレコードは最初の不正なレコードか、それ以降のものです。信頼しないでください。
</translation>
    </message>
    <message>
        <source>Changed: %1
</source>
        <translation>変更: %1
</translation>
    </message>
    <message>
        <source>hash %1
prev %2

Before:
%3
After:
%4</source>
        <translation>ハッシュ %1
前 %2

変更前:
%3
変更後:
%4</translation>
    </message>
    <message>
        <source>V&amp;erify again</source>
        <translation>再検証(&amp;E)</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>期間(&amp;R):</translation>
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
    <message>
        <source>Read-only: offline</source>
        <translation>読み取り専用: オフライン</translation>
    </message>
    <message>
        <source>Sign in to make changes</source>
        <translation>変更するにはサインインしてください</translation>
    </message>
    <message>
        <source>Live · %1</source>
        <translation>オンライン · %1</translation>
    </message>
    <message>
        <source>Offline — control plane unreachable; showing data from %1 ago, read-only</source>
        <translation>オフライン — コントロールプレーンに接続できません。%1 前のデータを読み取り専用で表示しています</translation>
    </message>
    <message>
        <source>Offline — control plane unreachable</source>
        <translation>オフライン — コントロールプレーンに接続できません</translation>
    </message>
    <message>
        <source>The control plane did not accept your session</source>
        <translation>コントロールプレーンがセッションを受け付けませんでした</translation>
    </message>
    <message>
        <source>From cache, %1 old — refreshing…</source>
        <translation>キャッシュのデータ（%1 前）— 更新しています…</translation>
    </message>
    <message>
        <source>The control plane could not be reached; nothing was granted. Try again when it is back.</source>
        <translation>コントロールプレーンに接続できなかったため、アクセスは付与されませんでした。接続が回復してから再試行してください。</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>許可されていません: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 に対する %1</translation>
    </message>
    <message>
        <source>the control plane could not be reached</source>
        <translation>コントロールプレーンに接続できませんでした</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>extend</source>
        <translation>延長</translation>
    </message>
    <message>
        <source>Could not %1 the grant for %2: %3</source>
        <translation>%2 のアクセス付与を%1できませんでした: %3</translation>
    </message>
    <message>
        <source>The control plane cannot be reached and nothing is cached for this profile yet.</source>
        <translation>コントロールプレーンに接続できず、このプロファイルのキャッシュもまだありません。</translation>
    </message>
    <message>
        <source>Loading the graph…</source>
        <translation>グラフを読み込んでいます…</translation>
    </message>
    <message>
        <source>Sign in to see who can reach which service.</source>
        <translation>サインインすると、どのサービスに誰がアクセスできるかを表示します。</translation>
    </message>
    <message>
        <source>Sign in and wait for the catalog to load before granting access.</source>
        <translation>アクセスを付与する前に、サインインしてカタログの読み込みを待ってください。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in the cache match</source>
        <translation>
            <numerusform>キャッシュ内の一致するリクエスト %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>synced %1 ago</source>
        <translation>%1 前に同期</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source> · new requests arrived: Refresh to see them</source>
        <translation> · 新しいリクエストがあります: 更新すると表示されます</translation>
    </message>
    <message>
        <source>cache: %1 lines</source>
        <translation>キャッシュ: %1 行</translation>
    </message>
    <message>
        <source>1 day kept</source>
        <translation>1 日分を保持</translation>
    </message>
    <message>
        <source>%1 days kept</source>
        <translation>%1 日分を保持</translation>
    </message>
    <message>
        <source>kept without an age limit</source>
        <translation>期間の制限なしで保持</translation>
    </message>
    <message>
        <source>Offline — showing cached requests only (%1, %2)</source>
        <translation>オフライン — キャッシュ内のリクエストのみ表示（%1、%2）</translation>
    </message>
    <message>
        <source>Not signed in — showing cached requests only (%1)</source>
        <translation>未サインイン — キャッシュ内のリクエストのみ表示（%1）</translation>
    </message>
    <message>
        <source>Export &amp;evidence…</source>
        <translation>証跡をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>An evidence pack for a period that auditors verify offline</source>
        <translation>監査人がオフラインで検証できる、期間の証跡パック</translation>
    </message>
    <message>
        <source>Audit chain synced %1; what was synced stays readable offline.</source>
        <translation>監査チェーンを %1 に同期しました。同期した内容はオフラインでも読めます。</translation>
    </message>
    <message>
        <source>The control plane does not show you the audit chain: %1 Ask to be added to the auditors group.</source>
        <translation>コントロールプレーンは監査チェーンを表示しません: %1 監査人グループへの追加を依頼してください。</translation>
    </message>
    <message>
        <source>The audit chain could not be synced (%1); showing what was synced before.</source>
        <translation>監査チェーンを同期できませんでした（%1）。以前に同期した内容を表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match.</source>
        <translation>
            <numerusform>%n 件のレコードが一致します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first: the control plane writes the export on its audit record.</source>
        <translation>先にサインインしてください: コントロールプレーンがエクスポートを監査記録に書き込みます。</translation>
    </message>
    <message>
        <source>The evidence pack was not written: %1</source>
        <translation>証跡パックは書き出されませんでした: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence pack for %1 written&lt;/b&gt; to %2 and %3. The export is audit record %4; the chain segment runs from seq %5 to %4.</source>
        <translation>&lt;b&gt;%1 の証跡パックを書き出しました&lt;/b&gt;: %2 と %3。エクスポートは監査レコード %4 で、チェーン区間は seq %5 から %4 までです。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not verified here:&lt;/b&gt; this profile has no pinned audit key. Check it with: gatehouse evidence verify %1 --key AUDIT-KEY</source>
        <translation>&lt;b&gt;ここでは未検証:&lt;/b&gt; このプロファイルには固定した監査鍵がありません。次で確認してください: gatehouse evidence verify %1 --key AUDIT-KEY</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified&lt;/b&gt; offline with this profile&apos;s pinned key %1: every file is as the audit key signed it, and every population is what the signed chain says.</source>
        <translation>このプロファイルの固定鍵 %1 でオフライン&lt;b&gt;検証済み&lt;/b&gt;: すべてのファイルは監査鍵が署名したとおりで、すべての母集団は署名済みチェーンの内容と一致します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;NOT VERIFIED&lt;/b&gt; with this profile&apos;s pinned key: %1</source>
        <translation>このプロファイルの固定鍵で&lt;b&gt;検証できませんでした&lt;/b&gt;: %1</translation>
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
    <name>gatehouse::EvidenceDialog</name>
    <message>
        <source>Export evidence</source>
        <translation>証跡のエクスポート</translation>
    </message>
    <message>
        <source>Writes a folder (and a .zip of it) an auditor can verify offline: the period&apos;s populations as CSV, the signed chain segment, a PDF memo and a signed manifest. The export itself goes on the audit record.</source>
        <translation>監査人がオフラインで検証できるフォルダー（とその .zip）を書き出します: 期間の母集団（CSV）、署名済みチェーン区間、PDF メモ、署名済みマニフェスト。エクスポート自体も監査記録に残ります。</translation>
    </message>
    <message>
        <source>A quarter (2026-Q4), a month (2026-11) or a year (2026), in UTC</source>
        <translation>四半期（2026-Q4）、月（2026-11）、年（2026）。UTC</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>Tick services to limit the pack to them; none ticked: all</source>
        <translation>パックを限定するサービスにチェックを入れます。チェックなし: すべて</translation>
    </message>
    <message>
        <source>&amp;Services (none ticked: all):</source>
        <translation>サービス(&amp;S)（チェックなし: すべて）:</translation>
    </message>
    <message>
        <source>e.g. SOC 2 Type II fieldwork, Q4</source>
        <translation>例: SOC 2 Type II の監査作業、Q4</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>理由(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Folder to write:</source>
        <translation>書き出すフォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Folder to write</source>
        <translation>書き出すフォルダー</translation>
    </message>
    <message>
        <source>Write the period as a quarter (2026-Q4), a month (2026-11) or a year.</source>
        <translation>期間は四半期（2026-Q4）、月（2026-11）、年のいずれかで書いてください。</translation>
    </message>
    <message>
        <source>Say why the evidence is exported; it goes on the audit record.</source>
        <translation>証跡をエクスポートする理由を書いてください。監査記録に残ります。</translation>
    </message>
    <message>
        <source>Choose the folder to write.</source>
        <translation>書き出すフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>%1 exists and is not empty; choose a new folder.</source>
        <translation>%1 は存在し、空ではありません。新しいフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>gatehouse::GrantDialog</name>
    <message>
        <source>Grant access</source>
        <translation>アクセスの付与</translation>
    </message>
    <message>
        <source>name, e.g. bob</source>
        <translation>名前（例: bob）</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>対象(&amp;W):</translation>
    </message>
    <message>
        <source>%1 — yours</source>
        <translation>%1 — 自分のサービス</translation>
    </message>
    <message>
        <source>%1 — request from its owners</source>
        <translation>%1 — オーナーに申請</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Any</source>
        <translation>すべて(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Methods:</source>
        <translation>メソッド(&amp;M):</translation>
    </message>
    <message>
        <source>Path prefixes, separated by commas, each starting with /.</source>
        <translation>パスのプレフィックスをコンマで区切って指定します。それぞれ / で始める必要があります。</translation>
    </message>
    <message>
        <source>&amp;Paths:</source>
        <translation>パス(&amp;P):</translation>
    </message>
    <message>
        <source>Pick a preset or type a duration such as 90s, 45m or 1h30m.</source>
        <translation>プリセットを選択するか、90s、45m、1h30m などの期間を入力してください。</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>期間(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>今すぐ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Later:</source>
        <translation>後で(&amp;L):</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source>why access is needed (required)</source>
        <translation>アクセスが必要な理由（必須）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>e.g. INC-1234</source>
        <translation>例: INC-1234</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>チケット(&amp;T):</translation>
    </message>
    <message>
        <source>Choose a service.</source>
        <translation>サービスを選択してください。</translation>
    </message>
    <message>
        <source>Say who gets access.</source>
        <translation>アクセスを付与する対象を指定してください。</translation>
    </message>
    <message>
        <source>Choose at least one method.</source>
        <translation>メソッドを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Type a duration such as 90s, 45m or 1h30m.</source>
        <translation>90s、45m、1h30m などの期間を入力してください。</translation>
    </message>
    <message>
        <source>Access to %1 can be granted for at most %2.</source>
        <translation>%1 へのアクセスを付与できるのは最大 %2 までです。</translation>
    </message>
    <message>
        <source>Give a reason.</source>
        <translation>理由を入力してください。</translation>
    </message>
    <message>
        <source>Access to %1 needs a ticket reference.</source>
        <translation>%1 へのアクセスにはチケット参照が必要です。</translation>
    </message>
    <message>
        <source>at most %1 for %2</source>
        <translation>%2 は最大 %1</translation>
    </message>
    <message>
        <source>at the chosen start</source>
        <translation>選択した開始日時に</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>すぐに</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>申請(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>付与(&amp;G)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>AI agent</source>
        <translation>AI エージェント</translation>
    </message>
    <message>
        <source>Takes effect %1 — you own %2.</source>
        <translation>%1有効になります — %2 はあなたが所有しています。</translation>
    </message>
    <message>
        <source>Becomes a request: an owner of %1 must approve it.</source>
        <translation>リクエストになります: %1 のオーナーの承認が必要です。</translation>
    </message>
    <message>
        <source>Becomes a request: another owner of %1 must approve it (nobody approves access for themselves).</source>
        <translation>リクエストになります: %1 の別のオーナーの承認が必要です（自分自身へのアクセスは承認できません）。</translation>
    </message>
    <message>
        <source>Becomes a request: %1 needs an owner&apos;s approval for every grant, and another owner must give it.</source>
        <translation>リクエストになります: %1 ではすべてのアクセス付与にオーナーの承認が必要で、別のオーナーが承認する必要があります。</translation>
    </message>
    <message>
        <source>Each path must start with / and have no query, fragment, wildcard or &quot;..&quot;.</source>
        <translation>各パスは / で始まり、クエリ、フラグメント、ワイルドカード、".." を含めないでください。</translation>
    </message>
</context>
<context>
    <name>gatehouse::GrantHistoryDialog</name>
    <message>
        <source>Requested and active at once</source>
        <translation>申請され、即時に有効</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>延長</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Lapsed: nobody decided in time</source>
        <translation>失効: 期限内に誰も判断しませんでした</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>, ticket %1</source>
        <translation>、チケット %1</translation>
    </message>
    <message>
        <source> — %1 on %2, %3 %4, until %5</source>
        <translation> — %2 に対する %1、%3 %4、%5 まで</translation>
    </message>
    <message>
        <source>until %1 instead of %2</source>
        <translation>%2 ではなく %1 まで</translation>
    </message>
    <message>
        <source>its window ended at %1</source>
        <translation>期間は %1 に終了しました</translation>
    </message>
    <message>
        <source>not reviewed by %1</source>
        <translation>%1 までに審査されませんでした</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>理由は記録されていません</translation>
    </message>
    <message>
        <source>History of grant %1</source>
        <translation>付与 %1 の履歴</translation>
    </message>
    <message>
        <source>The audit records synced to this computer hold nothing about grant %1.</source>
        <translation>このコンピューターに同期された監査レコードには、付与 %1 に関するものがありません。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Grant %1&lt;/b&gt;: %2 on %3. %n step(s) on record, from the audit chain.</source>
        <translation>
            <numerusform>&lt;b&gt;付与 %1&lt;/b&gt;: %3 に対する %2。監査チェーンに記録された手順は %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>Show in &amp;Audit tab</source>
        <translation>監査タブで表示(&amp;A)</translation>
    </message>
</context>
<context>
    <name>gatehouse::GrantWatcher</name>
    <message>
        <source>Access to %1 ends in %2</source>
        <translation>%1 へのアクセスは %2 後に終了します</translation>
    </message>
    <message>
        <source>Your access to %1 expires at %2.</source>
        <translation>%1 へのアクセスの有効期限は %2 です。</translation>
    </message>
    <message>
        <source>%1&apos;s access to %2 that you granted expires at %3.</source>
        <translation>あなたが付与した %1 の %2 へのアクセスの有効期限は %3 です。</translation>
    </message>
    <message>
        <source>%1 asks for access to %2</source>
        <translation>%1 が %2 へのアクセスを申請しています</translation>
    </message>
    <message>
        <source>%1 for %2: “%3”. Open Gatehouse to approve or deny.</source>
        <translation>%1、期間 %2: 「%3」。承認または拒否するには Gatehouse を開いてください。</translation>
    </message>
</context>
<context>
    <name>gatehouse::GrantsModel</name>
    <message>
        <source>any method</source>
        <translation>すべてのメソッド</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 に対する %1</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒否済み</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>starts in %1</source>
        <translation>%1 後に開始</translation>
    </message>
    <message>
        <source>ending…</source>
        <translation>終了中…</translation>
    </message>
    <message>
        <source>review within %1</source>
        <translation>%1 以内に審査</translation>
    </message>
    <message>
        <source>%1 → %2, %3
from %4 until %5
reason: %6%7</source>
        <translation>%1 → %2、%3
%4 から %5 まで
理由: %6%7</translation>
    </message>
    <message>
        <source>
ticket: %1</source>
        <translation>
チケット: %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>not applied in the mesh: %1</source>
        <translation>メッシュに未適用: %1</translation>
    </message>
    <message numerus="yes">
        <source>
since %1, %n attempt(s), next at %2</source>
        <translation>
            <numerusform>
%1 から、試行 %n 回、次回 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not in the mesh</source>
        <translation>%1、メッシュ外</translation>
    </message>
</context>
<context>
    <name>gatehouse::GrantsView</name>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Filter by who, service, reason, ticket…</source>
        <translation>対象、サービス、理由、チケットで絞り込み…</translation>
    </message>
    <message>
        <source>&amp;New grant…</source>
        <translation>新規アクセス付与(&amp;N)…</translation>
    </message>
    <message>
        <source>Grant or request access (Ctrl+N)</source>
        <translation>アクセスを付与または申請 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deny…</source>
        <translation>拒否(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>取り消し(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>延長(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>取り下げ(&amp;W)…</translation>
    </message>
    <message>
        <source>Revoke access?</source>
        <translation>アクセスを取り消しますか？</translation>
    </message>
    <message>
        <source>%1 loses access to %2 now. This cannot be undone.</source>
        <translation>%1 は直ちに %2 へのアクセスを失います。この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Deny the request?</source>
        <translation>申請を拒否しますか？</translation>
    </message>
    <message>
        <source>%1 will not get access to %2.</source>
        <translation>%1 に %2 へのアクセスは付与されません。</translation>
    </message>
    <message>
        <source>Extend access</source>
        <translation>アクセスの延長</translation>
    </message>
    <message>
        <source>Extend %1&apos;s access to %2 by:</source>
        <translation>%1 の %2 へのアクセスを延長する期間:</translation>
    </message>
    <message>
        <source>Everything that happened to this grant, from the audit chain</source>
        <translation>この付与に起きたすべてのこと（監査チェーンより）</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>履歴(&amp;Y)…</translation>
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
    <message>
        <source>Sign in to see the service graph.</source>
        <translation>サービス グラフを表示するにはサインインしてください。</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>グラフ(&amp;G)</translation>
    </message>
    <message>
        <source>Sign in to see grants.</source>
        <translation>アクセス付与を表示するにはサインインしてください。</translation>
    </message>
    <message>
        <source>G&amp;rants</source>
        <translation>アクセス付与(&amp;R)</translation>
    </message>
    <message>
        <source>The access-log browser comes in a later version.</source>
        <translation>アクセス ログ ブラウザーは今後のバージョンで提供される予定です。</translation>
    </message>
    <message>
        <source>Access &amp;log</source>
        <translation>アクセス ログ(&amp;L)</translation>
    </message>
    <message>
        <source>Audit export comes in a later version.</source>
        <translation>監査エクスポートは今後のバージョンで提供される予定です。</translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation>アクセス付与(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;New grant…</source>
        <translation>新規アクセス付与(&amp;N)…</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>付与</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>アクセスログ</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>監査(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;onnection</source>
        <translation>接続(&amp;O)</translation>
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
        <source>API &amp;resource:</source>
        <translation>API リソース(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
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
    <message>
        <source>Resource indicator (RFC 8707)</source>
        <translation>リソースインジケーター（RFC 8707）</translation>
    </message>
    <message>
        <source>Audience scope (Entra ID)</source>
        <translation>オーディエンススコープ（Entra ID）</translation>
    </message>
    <message>
        <source>Sign-in token (fixed audience, e.g. Okta)</source>
        <translation>サインイントークン（固定オーディエンス、例: Okta）</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API トークン(&amp;T):</translation>
    </message>
    <message>
        <source>no age limit</source>
        <translation>期間制限なし</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>no line limit</source>
        <translation>行数制限なし</translation>
    </message>
    <message>
        <source> thousand lines</source>
        <translation> 千行</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>&amp;Keep access log:</source>
        <translation>アクセスログの保持(&amp;K):</translation>
    </message>
    <message>
        <source>Pinned &amp;audit key:</source>
        <translation>固定する監査鍵(&amp;A):</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, or a PEM public key file</source>
        <translation>SHA-256 フィンガープリント、または PEM 公開鍵ファイル</translation>
    </message>
    <message>
        <source>The audit key you trust, from gatehoused audit public-key. The Audit tab checks the chain&apos;s signatures against it.</source>
        <translation>信頼する監査鍵（gatehoused audit public-key の出力）。監査タブはチェーンの署名をこの鍵で確認します。</translation>
    </message>
    <message>
        <source>Audit c&amp;heckpoints:</source>
        <translation>監査チェックポイント(&amp;H):</translation>
    </message>
    <message>
        <source>optional: a copy of gatehoused&apos;s checkpoint folder</source>
        <translation>任意: gatehoused のチェックポイントフォルダーのコピー</translation>
    </message>
    <message>
        <source>Audit key: %1</source>
        <translation>監査鍵: %1</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>クライアント ID(&amp;D):</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>スコープ(&amp;O):</translation>
    </message>
    <message>
        <source>API sco&amp;pe:</source>
        <translation>API スコープ(&amp;P):</translation>
    </message>
    <message>
        <source>Contin&amp;ue</source>
        <translation>続行(&amp;U)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ReviewDecisionDialog</name>
    <message>
        <source>Keep access</source>
        <translation>アクセスを維持</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>アクセスを取り消す</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>レビュー:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>サービス:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>アクセス:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Standing permission (gatehoused configuration)</source>
        <translation>常設の権限（gatehoused の設定）</translation>
    </message>
    <message>
        <source>Grant until %1</source>
        <translation>%1 までの付与</translation>
    </message>
    <message>
        <source>The access stays as it is. Your reason is recorded in the audit trail.</source>
        <translation>アクセスはそのまま残ります。理由は監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>Standing permissions are set in gatehoused&apos;s configuration: this records a request to remove it, which an administrator carries out there. Access stays until then.</source>
        <translation>常設の権限は gatehoused の設定で定義されています。ここでは削除の依頼を記録し、管理者が設定で削除します。それまではアクセスが残ります。</translation>
    </message>
    <message>
        <source>The grant is revoked at once: the edge and the mesh refuse it from now on. Your reason is recorded in the audit trail.</source>
        <translation>付与はただちに取り消され、エッジとメッシュは以後これを拒否します。理由は監査証跡に記録されます。</translation>
    </message>
    <message>
        <source>Why does this access stay? (required)</source>
        <translation>このアクセスを残す理由（必須）</translation>
    </message>
    <message>
        <source>Why does this access go? (required)</source>
        <translation>このアクセスを取り消す理由（必須）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Keep access</source>
        <translation>アクセスを維持(&amp;K)</translation>
    </message>
    <message>
        <source>Re&amp;voke access</source>
        <translation>アクセスを取り消す(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>gatehouse::ReviewWatcher</name>
    <message>
        <source>Access reviews due (%1)</source>
        <translation>アクセスレビューの期限 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) on your services wait for your decision in “%1”, due %2. Open Gatehouse to keep or revoke each.</source>
        <translation>
            <numerusform>あなたのサービスの %n 件の項目が「%1」で判断を待っています（期限 %2）。Gatehouse を開いて、それぞれ維持か取り消しを選んでください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gatehouse::ReviewsController</name>
    <message>
        <source>Reviews</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Access reviews wait for your decision</source>
        <translation>アクセスレビューがあなたの判断を待っています</translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation>判断は記録されませんでした: %1</translation>
    </message>
    <message>
        <source>Reviews due (%1)</source>
        <translation>レビュー期限 (%1)</translation>
    </message>
    <message>
        <source>Reviews (%1)</source>
        <translation>レビュー (%1)</translation>
    </message>
    <message>
        <source>Sign in to review access</source>
        <translation>アクセスをレビューするにはサインインしてください</translation>
    </message>
    <message>
        <source>Read-only: offline</source>
        <translation>読み取り専用: オフライン</translation>
    </message>
</context>
<context>
    <name>gatehouse::ReviewsModel</name>
    <message>
        <source>Waiting for you</source>
        <translation>あなたの判断待ち</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>維持</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Removal requested</source>
        <translation>削除を依頼済み</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>未レビュー</translation>
    </message>
    <message>
        <source>Not reviewed, revoked</source>
        <translation>未レビューのため取り消し</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>グループ %1</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>エージェント %1</translation>
    </message>
    <message>
        <source>all methods</source>
        <translation>すべてのメソッド</translation>
    </message>
    <message>
        <source>every path</source>
        <translation>すべてのパス</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 に %1</translation>
    </message>
    <message>
        <source>By %1 at %2</source>
        <translation>%1 が %2 に判断</translation>
    </message>
    <message>
        <source>Standing permission</source>
        <translation>常設の権限</translation>
    </message>
    <message>
        <source>Grant until %1</source>
        <translation>%1 までの付与</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>gatehouse::ReviewsView</name>
    <message>
        <source>&amp;Keep…</source>
        <translation>維持(&amp;K)…</translation>
    </message>
    <message>
        <source>Keep this access, with a reason</source>
        <translation>理由を添えてこのアクセスを維持</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>取り消す(&amp;V)…</translation>
    </message>
    <message>
        <source>Revoke this access, with a reason</source>
        <translation>理由を添えてこのアクセスを取り消す</translation>
    </message>
    <message>
        <source>No access reviews are open for the services you own.</source>
        <translation>あなたのサービスに対して開いているアクセスレビューはありません。</translation>
    </message>
    <message>
        <source>Every item is decided. Thank you.</source>
        <translation>すべての項目が判断済みです。ありがとうございます。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) wait for your decision: keep or revoke each, with a reason. Due %1.</source>
        <translation>
            <numerusform>%n 件の項目があなたの判断を待っています。理由を添えて、それぞれ維持か取り消しを選んでください。期限 %1。</numerusform>
        </translation>
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
<context>
    <name>gatehouse::graph::FocusChip</name>
    <message>
        <source>Focused on %1 — Esc</source>
        <translation>%1 に注目中 — Esc</translation>
    </message>
    <message>
        <source>Only %1 and what is one step away are shown. Click or press Esc to see the whole graph.</source>
        <translation>%1 と一歩先にあるものだけを表示しています。クリックするか Esc を押すとグラフ全体を表示します。</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphDetails</name>
    <message>
        <source>Selected node details</source>
        <translation>選択したノードの詳細</translation>
    </message>
    <message>
        <source>Select a node to see who can reach it and what it can reach.</source>
        <translation>ノードを選択すると、そのノードにアクセスできる対象と、そのノードからのアクセス先が表示されます。</translation>
    </message>
    <message>
        <source>Who can reach it</source>
        <translation>アクセスできる対象</translation>
    </message>
    <message>
        <source>every service of mesh %1</source>
        <translation>メッシュ %1 のすべてのサービス</translation>
    </message>
    <message>
        <source>What it can reach</source>
        <translation>アクセス先</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <source>you</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Edge hosts</source>
        <translation>エッジ ホスト</translation>
    </message>
    <message>
        <source>Kuma</source>
        <translation>Kuma</translation>
    </message>
    <message>
        <source>mesh %1, service %2</source>
        <translation>メッシュ %1、サービス %2</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>Longest grant</source>
        <translation>最長付与期間</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>an owner approves</source>
        <translation>オーナーが承認</translation>
    </message>
    <message>
        <source>granted at once</source>
        <translation>即時付与</translation>
    </message>
    <message>
        <source>ticket required</source>
        <translation>チケット必須</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>機密度</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <source>known to the mesh only</source>
        <translation>メッシュでのみ認識</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>requested by %1, review by %2</source>
        <translation>申請者: %1、審査期限: %2</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>常時アクセス</translation>
    </message>
    <message>
        <source>Temporary grants</source>
        <translation>一時的なアクセス付与</translation>
    </message>
    <message>
        <source>Pending requests</source>
        <translation>保留中の申請</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Show access log (last hour)</source>
        <translation>アクセスログを表示（直近 1 時間）</translation>
    </message>
    <message>
        <source>Show this caller&apos;s requests (last hour)</source>
        <translation>この呼び出し元のリクエストを表示（直近 1 時間）</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>履歴…</translation>
    </message>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>mesh policy</source>
        <translation>メッシュポリシー</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphLegend</name>
    <message>
        <source>standing access</source>
        <translation>常時アクセス</translation>
    </message>
    <message>
        <source>temporary grant</source>
        <translation>一時的なアクセス付与</translation>
    </message>
    <message>
        <source>pending request</source>
        <translation>保留中の申請</translation>
    </message>
    <message>
        <source>owned by you</source>
        <translation>自分がオーナー</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>service (stripe: its team)</source>
        <translation>サービス（帯: チーム）</translation>
    </message>
    <message>
        <source>known to the mesh only</source>
        <translation>メッシュのみが認識</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>誰が</translation>
    </message>
    <message>
        <source>user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>every service of a mesh</source>
        <translation>メッシュの全サービス</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>standing, by mesh policy</source>
        <translation>常設（メッシュポリシー）</translation>
    </message>
    <message>
        <source>grant ending within 10 min</source>
        <translation>10 分以内に終了する付与</translation>
    </message>
    <message>
        <source>grant ended</source>
        <translation>終了した付与</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>印</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>選択中</translation>
    </message>
    <message>
        <source>matches the search</source>
        <translation>検索に一致</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphPage</name>
    <message numerus="yes">
        <source>%n node(s) hidden.</source>
        <translation>
            <numerusform>%n 個のノードを非表示にしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No node matches.</source>
        <translation>一致するノードはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) match.</source>
        <translation>
            <numerusform>%n 個のノードが一致します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can reach %1.</source>
        <translation>%1 にアクセスできる対象はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n subject(s) can reach %1: %2</source>
        <translation>
            <numerusform>%n 個のサブジェクトが %1 にアクセスできます: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can reach nothing.</source>
        <translation>%1 からアクセスできる対象はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 can reach %n service(s): %2</source>
        <translation>
            <numerusform>%1 は %n 個のサービスにアクセスできます: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Find or &amp;hide nodes…</source>
        <translation>ノードを検索または非表示(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphPageToolbar</name>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Fit the graph in view (F)</source>
        <translation>グラフ全体を表示 (F)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>拡大 (+)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>縮小 (-)</translation>
    </message>
    <message>
        <source>Who can reach this service?</source>
        <translation>このサービスに誰がアクセスできますか？</translation>
    </message>
    <message>
        <source>What can this subject reach?</source>
        <translation>このサブジェクトは何にアクセスできますか？</translation>
    </message>
    <message>
        <source>owner = payments-team and expires &lt; 1h   (Ctrl+F)</source>
        <translation>owner = payments-team and expires &lt; 1h   (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find or hide expression</source>
        <translation>検索または非表示にする式</translation>
    </message>
    <message>
        <source>Fields: owner, subject, service, team, kind, name, health, sensitivity, approval, expires, source, state, method.
Combine with and / or; quote values; * is a wildcard.</source>
        <translation>フィールド: owner、subject、service、team、kind、name、health、sensitivity、approval、expires、source、state、method。
and / or で組み合わせます。値は引用符で囲みます。* はワイルドカードです。</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Find or hide matching nodes</source>
        <translation>一致するノードを検索または非表示</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphQuery</name>
    <message>
        <source>The quote at column %1 is never closed.</source>
        <translation>%1 列目の引用符が閉じられていません。</translation>
    </message>
    <message>
        <source>%1 is not a duration; write it like 30s, 10m, 1h or 2d.</source>
        <translation>%1 は期間ではありません。30s、10m、1h、2d のように記述してください。</translation>
    </message>
    <message>
        <source>%1 is not a kind; use service, user, group or agent.</source>
        <translation>%1 は有効な種類ではありません。service、user、group または agent を使用してください。</translation>
    </message>
    <message>
        <source>%1 is not a state; use standing, active or pending.</source>
        <translation>%1 は有効な状態ではありません。standing、active または pending を使用してください。</translation>
    </message>
    <message>
        <source>Type an expression, for example: owner = payments-team.</source>
        <translation>式を入力してください（例: owner = payments-team）。</translation>
    </message>
    <message>
        <source>Expected a field name at column %1; use one of: %2.</source>
        <translation>%1 列目にはフィールド名が必要です。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <source>Unknown field %1 at column %2; use one of: %3.</source>
        <translation>%2 列目のフィールド %1 は不明です。次のいずれかを使用してください: %3。</translation>
    </message>
    <message>
        <source>Expected an operator (=, !=, &lt;, &gt;) after %1 at column %2.</source>
        <translation>%2 列目の %1 の後には演算子 (=, !=, &lt;, &gt;) が必要です。</translation>
    </message>
    <message>
        <source>%1 compares durations: use &lt;, &lt;=, &gt; or &gt;= (column %2).</source>
        <translation>%1 は期間を比較します。&lt;、&lt;=、&gt; または &gt;= を使用してください（%2 列目）。</translation>
    </message>
    <message>
        <source>%1 cannot be compared with %2; use = or != (column %3).</source>
        <translation>%1 は %2 で比較できません。= または != を使用してください（%3 列目）。</translation>
    </message>
    <message>
        <source>Missing value after %1 at column %2.</source>
        <translation>%2 列目の %1 の後に値がありません。</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>%1 列目: %2</translation>
    </message>
    <message>
        <source>Expected %1 or %2 at column %3, found %4.</source>
        <translation>%3 列目には %1 または %2 が必要ですが、%4 がありました。</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::GraphView</name>
    <message>
        <source>Access graph</source>
        <translation>アクセス グラフ</translation>
    </message>
    <message>
        <source>all of mesh %1</source>
        <translation>メッシュ %1 全体</translation>
    </message>
    <message>
        <source>Show &amp;access log of %1</source>
        <translation>%1 のアクセスログを表示(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;access log of %1&apos;s requests</source>
        <translation>%1 のリクエストのアクセスログを表示(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Focus on its neighbourhood</source>
        <translation>近傍にフォーカス(&amp;F)</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>%1 を申請</translation>
    </message>
    <message>
        <source>any method</source>
        <translation>全メソッド</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>低下</translation>
    </message>
    <message>
        <source>down</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>health unknown</source>
        <translation>状態不明</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>申請済み</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>standing access (mesh policy %1)</source>
        <translation>常設アクセス（メッシュポリシー %1）</translation>
    </message>
    <message>
        <source>standing access (configuration)</source>
        <translation>常設アクセス（設定）</translation>
    </message>
    <message>
        <source>temporary grant, %1</source>
        <translation>一時的な付与、%1</translation>
    </message>
    <message>
        <source>pending request for %1</source>
        <translation>%1 の保留中の申請</translation>
    </message>
    <message>
        <source>pending request</source>
        <translation>保留中の申請</translation>
    </message>
    <message>
        <source>Methods: %1</source>
        <translation>メソッド: %1</translation>
    </message>
    <message>
        <source>Paths: %1</source>
        <translation>パス: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Legend (L)</source>
        <translation>凡例 (L)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom ou&amp;t</source>
        <translation>縮小(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Fit the graph in view</source>
        <translation>グラフを全体表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next node</source>
        <translation>次のノード(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous node</source>
        <translation>前のノード(&amp;P)</translation>
    </message>
    <message>
        <source>Focus on the &amp;selected service</source>
        <translation>選択したサービスに注目(&amp;S)</translation>
    </message>
    <message>
        <source>L&amp;eave the focus</source>
        <translation>注目を解除(&amp;E)</translation>
    </message>
    <message>
        <source>Node &amp;menu…</source>
        <translation>ノードメニュー(&amp;M)…</translation>
    </message>
    <message>
        <source>Show the legen&amp;d</source>
        <translation>凡例を表示(&amp;D)</translation>
    </message>
    <message>
        <source>Lay the graph out &amp;again</source>
        <translation>グラフを再配置(&amp;A)</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>状態: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::graph::TimeLeft</name>
    <message>
        <source>%1s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1日%2時間</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1分%2秒</translation>
    </message>
</context>
</TS>
