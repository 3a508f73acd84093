#include "main/OpenDatabaseDialog.h"

#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const QString recentKey = QStringLiteral("database/recent");
}

OpenDatabaseDialog::OpenDatabaseDialog(const DatabaseLocation& current, QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_file(new QLineEdit(this))
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("openDatabaseDialog"));
    setWindowTitle(tr("Open database"));

    auto* fileTab = new QWidget(m_tabs);
    fileTab->setObjectName(QStringLiteral("fileTab"));
    m_file->setObjectName(QStringLiteral("databaseFileEdit"));
    m_file->setPlaceholderText(tr("A Joldama database file (.sqlite) on this computer"));
    m_file->setText(current.kind == SqlDialect::Kind::Sqlite ? QDir::toNativeSeparators(current.path) : QString());
    auto* browse = new QPushButton(tr("&Browse…"), fileTab);
    browse->setObjectName(QStringLiteral("browseDatabaseButton"));
    connect(browse, &QPushButton::clicked, this, &OpenDatabaseDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File:"), fileTab);
    fileLabel->setBuddy(m_file);
    m_recent->setObjectName(QStringLiteral("recentDatabases"));
    for (const QString& path : recentFiles())
        m_recent->addItem(QDir::toNativeSeparators(path));
    connect(m_recent, &QListWidget::currentTextChanged, m_file, &QLineEdit::setText);
    connect(m_recent, &QListWidget::itemActivated, this, &OpenDatabaseDialog::accept);
    auto* recentLabel = new QLabel(tr("&Opened before:"), fileTab);
    recentLabel->setBuddy(m_recent);
    auto* note = new QLabel(tr("Keep the file on a local disk, not a network folder. A file that does not exist "
                               "yet becomes a new, empty database."),
                            fileTab);
    note->setWordWrap(true);
    auto* fileLayout = new QVBoxLayout(fileTab);
    fileLayout->addWidget(fileLabel);
    fileLayout->addLayout(fileRow);
    fileLayout->addWidget(recentLabel);
    fileLayout->addWidget(m_recent, 1);
    fileLayout->addWidget(note);
    m_tabs->addTab(fileTab, tr("File on this computer"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(560, 380);
}

void OpenDatabaseDialog::browse()
{
    const QString path =
        FileDialog::openFileName(this, tr("Open database"), tr("Joldama databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

DatabaseLocation OpenDatabaseDialog::location() const
{
    return DatabaseLocation::sqliteFile(QDir::fromNativeSeparators(m_file->text().trimmed()));
}

void OpenDatabaseDialog::accept()
{
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        MessageBox::warning(this, tr("Open database"), tr("Choose a database file, or type where to create one."));
        return;
    }
    if (QFileInfo(path).isDir()) {
        MessageBox::warning(this, tr("Open database"),
                            tr("%1 is a folder. Choose a file in it, for example joldama.sqlite.").arg(path));
        return;
    }
    QDialog::accept();
}

QStringList OpenDatabaseDialog::recentFiles()
{
    return QSettings().value(recentKey).toStringList();
}

void OpenDatabaseDialog::remember(const DatabaseLocation& location)
{
    if (location.kind != SqlDialect::Kind::Sqlite)
        return;
    QStringList recent = recentFiles();
    const QString path = QFileInfo(location.path).absoluteFilePath();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    QSettings().setValue(recentKey, recent);
}
