#include "main/UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPointer>
#include <QTextBrowser>
#include <QVBoxLayout>

UserGuideDialog::UserGuideDialog(Language language, QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("User guide"));
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(html(language));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setAccessibleDescription(tr("How to register, transfer, print, look up a code and keep quotas"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    // Fits beside the window on a 1366×768 laptop.
    resize(640, 600);
}

QString UserGuideDialog::html(Language language)
{
    QFile file(QStringLiteral(":/guide/guide_%1.html").arg(Languages::code(language)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void UserGuideDialog::showGuide(QWidget* parent, Language language)
{
    static QPointer<UserGuideDialog> open;
    if (open)
        open->close();
    open = new UserGuideDialog(language, parent);
    open->setAttribute(Qt::WA_DeleteOnClose);
    open->QDialog::show();
    open->raise();
    open->activateWindow();
}
