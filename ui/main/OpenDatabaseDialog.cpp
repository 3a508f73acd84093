#include "main/OpenDatabaseDialog.h"

#include "domain/OperationError.h"
#include "services/Workspace.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
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
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const QString recentKey = QStringLiteral("database/recent");
const QString recentServersKey = QStringLiteral("database/recentServers");
const QString sslMode = QStringLiteral("sslmode");
// libpq's default: encrypted when the server offers it. Not written into an address, which stays as typed.
const QString defaultSslMode = QStringLiteral("prefer");

void addRecent(const QString& key, const QString& entry)
{
    QStringList recent = QSettings().value(key).toStringList();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > OpenDatabaseDialog::maxRecent)
        recent.removeLast();
    QSettings().setValue(key, recent);
}
} // namespace

OpenDatabaseDialog::OpenDatabaseDialog(const DatabaseLocation& current, QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_file(new QLineEdit(this))
    , m_recent(new QListWidget(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_encryption(new QComboBox(this))
    , m_recentServers(new QListWidget(this))
    , m_connecting(new QLabel(this))
{
    setObjectName(QStringLiteral("openDatabaseDialog"));
    setWindowTitle(tr("Open database"));
    m_tabs->addTab(createFileTab(), tr("File on this computer"));
    m_tabs->addTab(createServerTab(), tr("Server"));

    if (current.kind == SqlDialect::Kind::Sqlite) {
        m_file->setText(QDir::toNativeSeparators(current.path));
        // A server opened before is ready on its tab, so switching to it is one click.
        if (!recentServers().isEmpty())
            showServer(DatabaseLocation::fromArgument(recentServers().constFirst()));
    } else {
        showServer(current);
        m_tabs->setCurrentIndex(1);
    }

    m_connecting->setObjectName(QStringLiteral("connectingLabel"));
    m_connecting->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_connecting);
    layout->addWidget(buttons);
    resize(640, 500);
}

OpenDatabaseDialog::~OpenDatabaseDialog() = default;

QWidget* OpenDatabaseDialog::createFileTab()
{
    auto* fileTab = new QWidget(m_tabs);
    fileTab->setObjectName(QStringLiteral("fileTab"));
    m_file->setObjectName(QStringLiteral("databaseFileEdit"));
    m_file->setPlaceholderText(tr("A Joldama database file (.sqlite) on this computer"));
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
    return fileTab;
}

QWidget* OpenDatabaseDialog::createServerTab()
{
    auto* serverTab = new QWidget(m_tabs);
    serverTab->setObjectName(QStringLiteral("serverTab"));
    m_host->setObjectName(QStringLiteral("serverHostEdit"));
    m_host->setPlaceholderText(tr("The server's name or address, for example bureau-server"));
    m_port->setObjectName(QStringLiteral("serverPortBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("serverDatabaseEdit"));
    m_database->setText(QStringLiteral("joldama"));
    m_user->setObjectName(QStringLiteral("serverUserEdit"));
    m_password->setObjectName(QStringLiteral("serverPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Asked at every connection; empty if kept in ~/.pgpass"));
    m_encryption->setObjectName(QStringLiteral("serverEncryptionBox"));
    m_encryption->addItem(tr("When the server offers it (prefer)"), defaultSslMode);
    m_encryption->addItem(tr("Required (require)"), QStringLiteral("require"));
    m_encryption->addItem(tr("Required, with the server's certificate checked (verify-ca)"),
                          QStringLiteral("verify-ca"));
    m_encryption->addItem(tr("Required, with the certificate and the server's name checked (verify-full)"),
                          QStringLiteral("verify-full"));
    m_encryption->addItem(tr("Off (disable)"), QStringLiteral("disable"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption (TLS):"), m_encryption);

    m_recentServers->setObjectName(QStringLiteral("recentServers"));
    for (const QString& address : recentServers()) {
        const DatabaseLocation server = DatabaseLocation::fromArgument(address);
        auto* item = new QListWidgetItem(server.describe(), m_recentServers);
        item->setData(Qt::UserRole, address);
        item->setToolTip(address);
    }
    connect(m_recentServers, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item)
            return;
        showServer(DatabaseLocation::fromArgument(item->data(Qt::UserRole).toString()));
        // One server's password is never sent to another.
        m_password->clear();
    });
    connect(m_recentServers, &QListWidget::itemActivated, this, &OpenDatabaseDialog::accept);
    auto* recentLabel = new QLabel(tr("&Connected before:"), serverTab);
    recentLabel->setBuddy(m_recentServers);
    auto* note = new QLabel(tr("A bureau's shared database: the administrator gives the server's name, the "
                               "database and your user name. The password is never remembered."),
                            serverTab);
    note->setWordWrap(true);
    auto* serverLayout = new QVBoxLayout(serverTab);
    serverLayout->addLayout(form);
    serverLayout->addWidget(recentLabel);
    serverLayout->addWidget(m_recentServers, 1);
    serverLayout->addWidget(note);
    return serverTab;
}

void OpenDatabaseDialog::showServer(const DatabaseLocation& server)
{
    m_shownServer = server;
    m_shownServer.password.clear();
    m_host->setText(server.host);
    m_port->setValue(server.port);
    m_database->setText(server.databaseName);
    m_user->setText(server.user);
    const QString mode = server.option(sslMode).isEmpty() ? defaultSslMode : server.option(sslMode);
    int index = m_encryption->findData(mode);
    if (index < 0) { // a mode libpq knows that the list does not offer (allow): kept as it was given
        m_encryption->addItem(mode, mode);
        index = m_encryption->count() - 1;
    }
    m_encryption->setCurrentIndex(index);
}

bool OpenDatabaseDialog::serverChosen() const
{
    return m_tabs->currentIndex() == 1;
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
    if (!serverChosen())
        return DatabaseLocation::sqliteFile(QDir::fromNativeSeparators(m_file->text().trimmed()));
    DatabaseLocation server;
    server.kind = SqlDialect::Kind::Postgres;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    // The certificate files an address named (sslrootcert …) stay with the same server.
    if (server.host == m_shownServer.host && server.port == m_shownServer.port)
        server.options = m_shownServer.options;
    server.databaseName = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    server.password = m_password->text();
    const QString mode = m_encryption->currentData().toString();
    server.setOption(sslMode, mode == defaultSslMode && m_shownServer.option(sslMode).isEmpty() ? QString() : mode);
    return server;
}

std::unique_ptr<Workspace> OpenDatabaseDialog::takeWorkspace()
{
    return std::move(m_opened);
}

bool OpenDatabaseDialog::checkFields()
{
    const auto missing = [this](QWidget* field, const QString& message) {
        MessageBox::warning(this, tr("Open database"), message);
        field->setFocus();
        return false;
    };
    if (!serverChosen()) {
        const QString path = m_file->text().trimmed();
        if (path.isEmpty())
            return missing(m_file, tr("Choose a database file, or type where to create one."));
        if (QFileInfo(path).isDir())
            return missing(m_file, tr("%1 is a folder. Choose a file in it, for example joldama.sqlite.").arg(path));
        return true;
    }
    if (m_host->text().trimmed().isEmpty())
        return missing(m_host, tr("Type the server's name or address; the administrator knows it."));
    if (m_database->text().trimmed().isEmpty())
        return missing(m_database, tr("Type the name of the database on the server, for example joldama."));
    if (m_user->text().trimmed().isEmpty())
        return missing(m_user, tr("Type your user name on the server; the administrator gives it."));
    return true;
}

void OpenDatabaseDialog::accept()
{
    if (!checkFields())
        return;
    const DatabaseLocation where = location();
    m_connecting->setText(serverChosen() ? tr("Connecting to %1…").arg(where.describe())
                                         : tr("Opening %1…").arg(where.describe()));
    m_connecting->show();
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The connection blocks (a server away is given up after 10 seconds): the clerk sees why before it does.
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    QString refusal;
    QString field;
    try {
        m_opened = Workspace::open(where);
    } catch (const OperationError& e) {
        refusal = e.message();
        field = e.field();
    }
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    m_connecting->hide();
    if (!m_opened) {
        qWarning("The database could not be opened: %s", qPrintable(refusal));
        MessageBox::warning(this, tr("Open database"), refusal);
        // Everything typed stays; the cursor goes where the fix is.
        QLineEdit* fix = !serverChosen()                      ? m_file
                         : field == QLatin1String("password") ? m_password
                         : field == QLatin1String("database") ? m_database
                                                              : m_host;
        fix->setFocus();
        fix->selectAll();
        return;
    }
    remember(where);
    QDialog::accept();
}

QStringList OpenDatabaseDialog::recentFiles()
{
    return QSettings().value(recentKey).toStringList();
}

QStringList OpenDatabaseDialog::recentServers()
{
    return QSettings().value(recentServersKey).toStringList();
}

void OpenDatabaseDialog::remember(const DatabaseLocation& location)
{
    // address() never carries the password.
    addRecent(location.kind == SqlDialect::Kind::Sqlite ? recentKey : recentServersKey, location.address());
}
