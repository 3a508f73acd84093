#include "operations/BackupSettingsDialog.h"

#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

BackupSettingsDialog::BackupSettingsDialog(const BackupPolicy& policy, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_automatic(new QCheckBox(tr("Make a backup of the database every day"), this))
    , m_folder(new QLineEdit(this))
    , m_where(new QLabel(this))
{
    setObjectName(QStringLiteral("backupSettingsDialog"));
    setWindowTitle(tr("Automatic backups"));
    setMinimumWidth(560);
    m_automatic->setObjectName(QStringLiteral("automaticBackupCheck"));
    m_automatic->setChecked(policy.automatic);
    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_folder->setText(QDir::toNativeSeparators(policy.folder));
    auto* browse = new QPushButton(tr("&Choose…"), this);
    browse->setObjectName(QStringLiteral("chooseBackupFolderButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialog::existingFolder(this, tr("Folder for automatic backups"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_folder, &QLineEdit::textChanged, this, &BackupSettingsDialog::updateWhere);
    m_where->setObjectName(QStringLiteral("backupWhereLabel"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(m_automatic);
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder); // a row of two widgets has no buddy of its own: Alt+F goes to the path
    form->addRow(folderLabel, folderRow);
    auto* explanation = new QLabel(tr("The backup is made when the window is open, or at the first start of the day, "
                                      "and checked before it counts. Kept: the last 7 days, 5 weeks and 12 months. "
                                      "Keep a copy on another disk too, inside Kazakhstan."),
                                   this);
    explanation->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_where);
    layout->addWidget(explanation);
    layout->addWidget(buttons);
    updateWhere();
}

BackupPolicy BackupSettingsDialog::policy() const
{
    BackupPolicy p;
    p.automatic = m_automatic->isChecked();
    p.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    return p;
}

void BackupSettingsDialog::updateWhere()
{
    m_where->setText(
        tr("This database's backups go to %1").arg(QDir::toNativeSeparators(policy().folderFor(m_databasePath))));
}

void BackupSettingsDialog::accept()
{
    const BackupPolicy p = policy();
    if (p.folder.isEmpty() || QDir::isRelativePath(p.folder)) {
        MessageBox::warning(this, windowTitle(),
                            tr("Give the whole path of a folder, for example %1.")
                                .arg(QDir::toNativeSeparators(BackupPolicy::defaultFolder())));
        m_folder->setFocus();
        return;
    }
    if (!QDir().mkpath(p.folder)) {
        MessageBox::warning(this, windowTitle(),
                            tr("Cannot create the folder %1. Choose a folder you may write to.")
                                .arg(QDir::toNativeSeparators(p.folder)));
        m_folder->setFocus();
        return;
    }
    p.save();
    QDialog::accept();
}
