#include "SessionPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace gatehouse {

namespace {
QLabel *wrappedLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

SessionPanel::SessionPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"sessionPanel"_qs);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 10);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::AlternateBase));
    setPalette(p);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    m_title = wrappedLabel(u"sessionTitle"_qs, this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_details = wrappedLabel(u"sessionDetails"_qs, this);
    m_error = wrappedLabel(u"sessionError"_qs, this);
    m_error->setStyleSheet(u"color: #b42318;"_qs);
    m_error->setAccessibleName(tr("Sign-in error"));
    m_keychain = wrappedLabel(u"keychainNotice"_qs, this);
    m_keychain->setStyleSheet(u"color: #9a6700;"_qs);
    m_keychain->hide();
    text->addWidget(m_title);
    text->addWidget(m_details);
    text->addWidget(m_error);
    text->addWidget(m_keychain);
    outer->addLayout(text, 1);

    auto *buttons = new QVBoxLayout;
    m_signIn = new QPushButton(tr("&Sign in…"), this);
    m_signIn->setObjectName(u"signInButton"_qs);
    m_signIn->setDefault(true);
    m_cancel = new QPushButton(tr("&Cancel sign-in"), this);
    m_cancel->setObjectName(u"cancelSignInButton"_qs);
    m_copyLink = new QPushButton(tr("Copy sign-in &link"), this);
    m_copyLink->setObjectName(u"copyLinkButton"_qs);
    m_copyLink->setToolTip(tr("If no browser opened, paste this link into one."));
    m_signOut = new QPushButton(tr("Sign &out"), this);
    m_signOut->setObjectName(u"signOutButton"_qs);
    for (QPushButton *b : {m_signIn, m_cancel, m_copyLink, m_signOut})
        buttons->addWidget(b);
    buttons->addStretch();
    outer->addLayout(buttons);

    connect(m_signIn, &QPushButton::clicked, this, &SessionPanel::signInRequested);
    connect(m_cancel, &QPushButton::clicked, this, &SessionPanel::cancelRequested);
    connect(m_signOut, &QPushButton::clicked, this, &SessionPanel::signOutRequested);
    connect(m_copyLink, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded)); });
    showSignedOut();
}

void SessionPanel::setMode(Mode mode)
{
    m_mode = mode;
    m_signIn->setVisible(mode == Mode::SignedOut);
    m_cancel->setVisible(mode == Mode::WaitingForBrowser || mode == Mode::Working);
    m_copyLink->setVisible(mode == Mode::WaitingForBrowser);
    m_signOut->setVisible(mode == Mode::SignedIn);
}

void SessionPanel::showSignedOut(const QString &error)
{
    m_title->setText(tr("Not signed in"));
    m_details->setText(tr("Sign in with your company account to see and grant access. Your "
                          "browser opens the identity provider's page; Gatehouse never sees your "
                          "password."));
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_signIn->setText(error.isEmpty() ? tr("&Sign in…") : tr("&Try again"));
    setMode(Mode::SignedOut);
}

void SessionPanel::showWorking(const QString &what)
{
    m_title->setText(what);
    m_details->clear();
    m_error->hide();
    setMode(Mode::Working);
}

void SessionPanel::showWaitingForBrowser(const QUrl &url)
{
    m_url = url;
    m_title->setText(tr("Waiting for you to sign in in your browser…"));
    m_details->setText(tr("Finish signing in on the page that opened at %1, then come back "
                          "here. No browser? Copy the sign-in link and open it yourself.")
                           .arg(url.host()));
    m_error->hide();
    setMode(Mode::WaitingForBrowser);
}

void SessionPanel::showSignedIn(const QString &name, const QString &email,
                                const QStringList &groups, const QDateTime &sessionEnds)
{
    m_title->setText(email.isEmpty() ? tr("Signed in as %1").arg(name)
                                     : tr("Signed in as %1 <%2>").arg(name, email));
    QString details = tr("Groups: %1").arg(groups.isEmpty() ? tr("none") : groups.join(u", "_qs));
    if (sessionEnds.isValid())
        details += u"\n"_qs +
                   tr("Session ends %1")
                       .arg(QLocale().toString(sessionEnds.toLocalTime(), QLocale::ShortFormat));
    m_details->setText(details);
    m_error->hide();
    setMode(Mode::SignedIn);
}

void SessionPanel::setKeychainNotice(const QString &text)
{
    m_keychain->setText(text);
    m_keychain->setVisible(!text.isEmpty());
}

} // namespace gatehouse
