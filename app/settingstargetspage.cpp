#include "settingstargetspage.h"

#include "firstruntester.h"

#include "models/config/workspacewriter.h"
#include "widgets/thememanager.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Wk {

namespace {

enum StatusState { Info, Passed, Failed, Pending };

const QRegularExpression &envNameRe()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return re;
}

// The variable of a "${NAME}" reference, or empty.
QString envName(const QString &reference)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-[^}]*)?\\}\\s*$"));
    const auto m = re.match(reference);
    return m.hasMatch() ? m.captured(1) : QString();
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, ThemeManager::current().textMuted);
    l->setPalette(p);
    return l;
}

} // namespace

SettingsTargetsPage::SettingsTargetsPage(const QString &workspacePath, QWidget *parent)
    : QWidget(parent)
    , m_path(workspacePath)
    , m_tester(new FirstRunTester(this))
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // ---- the list ----
    auto *left = new QVBoxLayout;
    auto *listLabel = new QLabel(tr("&Targets"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("targetList"));
    m_list->setAccessibleName(tr("Targets"));
    m_list->setMinimumWidth(200);
    listLabel->setBuddy(m_list);
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add target"), this);
    m_add->setObjectName(QStringLiteral("addTarget"));
    m_add->setToolTip(tr("A new target (Ctrl+N)"));
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_remove->setObjectName(QStringLiteral("removeTarget"));
    m_remove->setToolTip(tr("Remove the selected target from the workspace (Delete in the list)"));
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    left->addLayout(listButtons);
    outer->addLayout(left, 2);

    buildForm();
    outer->addWidget(m_form, 5);

    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsTargetsPage::selectTarget);
    connect(m_add, &QPushButton::clicked, this, &SettingsTargetsPage::startNew);
    connect(m_remove, &QPushButton::clicked, this, &SettingsTargetsPage::remove);
    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &SettingsTargetsPage::startNew);
    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_list);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &SettingsTargetsPage::remove);
    connect(m_tester, &FirstRunTester::finished, this,
            [this](int id, bool ok, const QString &summary) {
                if (id == m_testId)
                    showStatus(summary, ok ? Passed : Failed);
            });
    reload();
}

SettingsTargetsPage::~SettingsTargetsPage() = default;

void SettingsTargetsPage::buildForm()
{
    m_form = new QWidget(this);
    auto *v = new QVBoxLayout(m_form);
    v->setContentsMargins(12, 0, 0, 0);

    auto *endpoint = new QGroupBox(tr("Endpoint"), m_form);
    auto *ef = new QFormLayout(endpoint);
    m_name = new QLineEdit(endpoint);
    m_name->setObjectName(QStringLiteral("targetName"));
    m_name->setPlaceholderText(QStringLiteral("api-health"));
    m_name->setToolTip(tr("Becomes the job label of every series of this target: letters, "
                          "digits, _ . -"));
    ef->addRow(tr("&Name"), m_name);
    m_kind = new QComboBox(endpoint);
    m_kind->setObjectName(QStringLiteral("targetKind"));
    m_kind->addItem(tr("Health endpoint (JSON)"), int(TargetConfig::Kind::Health));
    m_kind->addItem(tr("Metrics page (Prometheus)"), int(TargetConfig::Kind::Metrics));
    ef->addRow(tr("&Kind"), m_kind);
    m_url = new QLineEdit(endpoint);
    m_url->setObjectName(QStringLiteral("targetUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://service.example.com/api/health"));
    ef->addRow(tr("&URL"), m_url);
    m_interval = new QSpinBox(endpoint);
    m_interval->setObjectName(QStringLiteral("targetInterval"));
    m_interval->setRange(1, 24 * 3600);
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("Time between two polls (the guide: health every 30 s)"));
    ef->addRow(tr("&Interval"), m_interval);
    m_timeout = new QSpinBox(endpoint);
    m_timeout->setObjectName(QStringLiteral("targetTimeout"));
    m_timeout->setRange(1, 24 * 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("A poll that takes longer fails; at most the interval"));
    ef->addRow(tr("Time&out"), m_timeout);
    v->addWidget(endpoint);

    auto *creds = new QGroupBox(tr("Credentials"), m_form);
    auto *cg = new QGridLayout(creds);
    auto *group = new QButtonGroup(creds);
    m_credNone = new QRadioButton(tr("No&ne"), creds);
    m_credNone->setObjectName(QStringLiteral("credentialsNone"));
    m_credFile = new QRadioButton(tr("Token in a &file"), creds);
    m_credFile->setObjectName(QStringLiteral("credentialsByFile"));
    m_credEnv = new QRadioButton(tr("Token in an &environment variable"), creds);
    m_credEnv->setObjectName(QStringLiteral("credentialsByEnv"));
    group->addButton(m_credNone);
    group->addButton(m_credFile);
    group->addButton(m_credEnv);
    m_credentialsFile = new QLineEdit(creds);
    m_credentialsFile->setObjectName(QStringLiteral("credentialsFile"));
    m_credentialsFile->setPlaceholderText(QStringLiteral("/etc/watchkeeper/token"));
    m_credentialsFile->setAccessibleName(tr("Token file"));
    m_browseCredentials = new QPushButton(tr("Browse…"), creds);
    m_browseCredentials->setAccessibleName(tr("Choose the token file"));
    m_credentialsEnv = new QLineEdit(creds);
    m_credentialsEnv->setObjectName(QStringLiteral("credentialsEnv"));
    m_credentialsEnv->setPlaceholderText(QStringLiteral("SERVICE_TOKEN"));
    m_credentialsEnv->setAccessibleName(tr("Environment variable name"));
    cg->addWidget(m_credNone, 0, 0, 1, 3);
    cg->addWidget(m_credFile, 1, 0);
    cg->addWidget(m_credentialsFile, 1, 1);
    cg->addWidget(m_browseCredentials, 1, 2);
    cg->addWidget(m_credEnv, 2, 0);
    cg->addWidget(m_credentialsEnv, 2, 1, 1, 2);
    cg->addWidget(note(tr("Sent as a bearer token, read at each poll. The workspace keeps the "
                          "file's path or the variable's name, never the token."),
                       creds),
                  3, 0, 1, 3);
    cg->setColumnStretch(1, 1);
    v->addWidget(creds);

    auto *tls = new QGroupBox(tr("TLS (https)"), m_form);
    auto *tg = new QGridLayout(tls);
    m_caFile = new QLineEdit(tls);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("the system's certificate authorities"));
    m_browseCa = new QPushButton(tr("Browse…"), tls);
    m_browseCa->setAccessibleName(tr("Choose the CA file"));
    auto *caLabel = new QLabel(tr("&CA file"), tls);
    caLabel->setBuddy(m_caFile);
    tg->addWidget(caLabel, 0, 0);
    tg->addWidget(m_caFile, 0, 1);
    tg->addWidget(m_browseCa, 0, 2);
    m_skipVerify = new QCheckBox(tr("&Skip certificate verification"), tls);
    m_skipVerify->setObjectName(QStringLiteral("skipVerify"));
    tg->addWidget(m_skipVerify, 1, 0, 1, 3);
    m_skipWarning = new QLabel(
        QStringLiteral("%1 %2").arg(
            Theme::statusGlyph(HealthStatus::Degraded),
            tr("Certificates will not be checked: anyone on the way to the service can pose as "
               "it and read the token. Use this only for testing.")),
        tls);
    m_skipWarning->setObjectName(QStringLiteral("skipWarning"));
    m_skipWarning->setWordWrap(true);
    m_skipWarning->setTextFormat(Qt::PlainText);
    {
        QPalette p = m_skipWarning->palette();
        p.setColor(QPalette::WindowText,
                   ThemeManager::current().statusColour(HealthStatus::Unhealthy));
        m_skipWarning->setPalette(p);
        QFont f = m_skipWarning->font();
        f.setBold(true);
        m_skipWarning->setFont(f);
    }
    m_skipWarning->setVisible(false);
    tg->addWidget(m_skipWarning, 2, 0, 1, 3);
    tg->setColumnStretch(1, 1);
    v->addWidget(tls);

    auto *buttons = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test"), m_form);
    m_test->setObjectName(QStringLiteral("testTarget"));
    m_test->setToolTip(tr("Fetch the URL once with these settings (Ctrl+T)"));
    m_apply = new QPushButton(tr("A&pply"), m_form);
    m_apply->setObjectName(QStringLiteral("applyTarget"));
    m_apply->setToolTip(tr("Write the target to the workspace and poll it from now on (Ctrl+S)"));
    m_revert = new QPushButton(tr("&Revert"), m_form);
    m_revert->setObjectName(QStringLiteral("revertTarget"));
    m_revert->setToolTip(tr("Forget the changes in the form"));
    m_undo = new QPushButton(tr("&Undo removal"), m_form);
    m_undo->setObjectName(QStringLiteral("undoRemoval"));
    m_undo->setVisible(false);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    v->addLayout(buttons);
    m_status = new QLabel(m_form);
    m_status->setObjectName(QStringLiteral("targetStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_status);
    m_fileNote = note(QString(), m_form);
    v->addWidget(m_fileNote);
    v->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &SettingsTargetsPage::kindChanged);
    connect(m_credNone, &QRadioButton::toggled, this, &SettingsTargetsPage::updateCredentialFields);
    connect(m_credFile, &QRadioButton::toggled, this, &SettingsTargetsPage::updateCredentialFields);
    connect(m_credEnv, &QRadioButton::toggled, this, &SettingsTargetsPage::updateCredentialFields);
    connect(m_skipVerify, &QCheckBox::toggled, m_skipWarning, &QWidget::setVisible);
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int v) { m_timeout->setMaximum(v); });
    connect(m_browseCredentials, &QPushButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getOpenFileName(this, tr("Token file"), m_credentialsFile->text());
        if (!f.isEmpty()) {
            m_credentialsFile->setText(f);
            m_credFile->setChecked(true);
        }
    });
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getOpenFileName(this, tr("Certificate authority file"), m_caFile->text(),
                                         tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    connect(m_apply, &QPushButton::clicked, this, &SettingsTargetsPage::apply);
    connect(m_test, &QPushButton::clicked, this, &SettingsTargetsPage::test);
    connect(m_revert, &QPushButton::clicked, this, [this] { selectTarget(m_list->currentRow()); });
    connect(m_undo, &QPushButton::clicked, this, &SettingsTargetsPage::undo);
    for (const auto &[keys, slot] :
         {std::pair{QKeySequence(QKeySequence::Save), &SettingsTargetsPage::apply},
          std::pair{QKeySequence(Qt::CTRL | Qt::Key_T), &SettingsTargetsPage::test}}) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    }
    connect(m_name, &QLineEdit::returnPressed, this, &SettingsTargetsPage::apply);
    connect(m_url, &QLineEdit::returnPressed, this, &SettingsTargetsPage::apply);
}

void SettingsTargetsPage::reload()
{
    m_fileNote->setText(m_path.isEmpty()
                            ? QString()
                            : tr("Changes are written to %1; its comments stay as they are.")
                                  .arg(QDir::toNativeSeparators(m_path)));
    if (m_path.isEmpty()) {
        m_list->clear();
        m_targets.clear();
        setFormEnabled(false);
        showStatus(tr("The demo's targets are built in. Open your own workspace (the welcome "
                      "page, or watchkeeper --workspace FILE) to edit targets here."),
                   Info);
        return;
    }
    auto writer = WorkspaceWriter::open(m_path);
    if (!writer) {
        setFormEnabled(false);
        showStatus(writer.error().toString(), Failed);
        return;
    }
    const QString keep = m_editing;
    m_targets = writer.value().targets();
    QSignalBlocker block(m_list);
    m_list->clear();
    int row = -1;
    for (int i = 0; i < m_targets.size(); ++i) {
        const TargetConfig &t = m_targets.at(i);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\n%2 · %3").arg(t.name, TargetConfig::kindName(t.kind), t.url.host()),
            m_list);
        item->setToolTip(t.url.toString());
        item->setData(Qt::AccessibleTextRole,
                      tr("%1, %2 target at %3")
                          .arg(t.name, TargetConfig::kindName(t.kind), t.url.toString()));
        if (t.name == keep)
            row = i;
    }
    setFormEnabled(true);
    if (row < 0 && !m_targets.isEmpty())
        row = 0;
    m_list->setCurrentRow(row);
    if (row >= 0)
        selectTarget(row);
    else
        startNew();
}

void SettingsTargetsPage::setFormEnabled(bool enabled)
{
    m_form->setEnabled(enabled);
    m_add->setEnabled(enabled);
    m_remove->setEnabled(enabled && m_list->currentRow() >= 0);
    m_status->setEnabled(true);
}

void SettingsTargetsPage::selectTarget(int row)
{
    if (row < 0 || row >= m_targets.size()) {
        startNew();
        return;
    }
    m_editing = m_targets.at(row).name;
    m_remove->setEnabled(true);
    fillForm(m_targets.at(row));
    showStatus(QString(), Info);
}

void SettingsTargetsPage::startNew()
{
    if (m_path.isEmpty())
        return;
    m_editing.clear();
    {
        QSignalBlocker block(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    m_remove->setEnabled(false);
    TargetConfig t;
    t.kind = TargetConfig::Kind::Health;
    t.intervalMs = 30'000;
    t.timeoutMs = 10'000;
    fillForm(t);
    showStatus(tr("A new target: fill in its name and URL, then Apply."), Info);
    m_name->setFocus();
}

void SettingsTargetsPage::fillForm(const TargetConfig &t)
{
    QSignalBlocker blockKind(m_kind);
    m_name->setText(t.name);
    m_kind->setCurrentIndex(m_kind->findData(int(t.kind)));
    m_url->setText(t.url.toString());
    m_interval->setValue(int(t.intervalMs / 1000));
    m_timeout->setMaximum(m_interval->value());
    m_timeout->setValue(int(t.timeoutMs / 1000));
    m_credentialsFile->setText(t.credentialsFile);
    m_credentialsEnv->setText(envName(t.bearerToken));
    if (!t.credentialsFile.isEmpty())
        m_credFile->setChecked(true);
    else if (!t.bearerToken.isEmpty())
        m_credEnv->setChecked(true);
    else
        m_credNone->setChecked(true);
    m_caFile->setText(t.tls.caFile);
    m_skipVerify->setChecked(t.tls.insecureSkipVerify);
    m_skipWarning->setVisible(t.tls.insecureSkipVerify);
    updateCredentialFields();
}

void SettingsTargetsPage::kindChanged()
{
    // A new target follows the guide's interval for its kind until the user picks another.
    const bool metrics = m_kind->currentData().toInt() == int(TargetConfig::Kind::Metrics);
    if (m_editing.isEmpty()) {
        if (metrics && m_interval->value() == 30)
            m_interval->setValue(15);
        else if (!metrics && m_interval->value() == 15)
            m_interval->setValue(30);
    }
    m_url->setPlaceholderText(metrics ? QStringLiteral("https://service.example.com/metrics")
                                      : QStringLiteral("https://service.example.com/api/health"));
}

void SettingsTargetsPage::updateCredentialFields()
{
    m_credentialsFile->setEnabled(m_credFile->isChecked());
    m_browseCredentials->setEnabled(m_credFile->isChecked());
    m_credentialsEnv->setEnabled(m_credEnv->isChecked());
}

bool SettingsTargetsPage::readForm(TargetConfig *target)
{
    // Start from the target as written, so what the form does not show (labels, size cap,
    // instance) stays.
    TargetConfig t;
    for (const TargetConfig &existing : m_targets) {
        if (existing.name == m_editing && !m_editing.isEmpty())
            t = existing;
    }
    t.name = m_name->text().trimmed();
    if (t.name.isEmpty()) {
        showStatus(tr("The target needs a name."), Failed);
        m_name->setFocus();
        return false;
    }
    t.kind = TargetConfig::Kind(m_kind->currentData().toInt());
    QString url = m_url->text().trimmed();
    if (!url.isEmpty() && !url.contains(u"://"))
        url.prepend(u"http://");
    t.url = QUrl(url, QUrl::StrictMode);
    if (url.isEmpty() || !t.url.isValid() || t.url.host().isEmpty()) {
        showStatus(tr("Enter the URL, for example https://service.example.com/api/health."),
                   Failed);
        m_url->setFocus();
        return false;
    }
    t.intervalMs = qint64(m_interval->value()) * 1000;
    t.timeoutMs = qint64(std::min(m_timeout->value(), m_interval->value())) * 1000;
    t.credentialsFile.clear();
    t.bearerToken.clear();
    if (m_credFile->isChecked()) {
        const QString file = m_credentialsFile->text().trimmed();
        if (file.isEmpty()) {
            showStatus(tr("Choose the file the token is in."), Failed);
            m_credentialsFile->setFocus();
            return false;
        }
        t.credentialsFile = file;
    } else if (m_credEnv->isChecked()) {
        QString name = m_credentialsEnv->text().trimmed();
        if (name.startsWith(u"${") && name.endsWith(u'}'))
            name = envName(name);
        if (!envNameRe().match(name).hasMatch()) {
            showStatus(tr("An environment variable name has letters, digits and _ only, like "
                          "SERVICE_TOKEN."),
                       Failed);
            m_credentialsEnv->setFocus();
            return false;
        }
        t.bearerToken = QStringLiteral("${%1}").arg(name);
    }
    t.tls.caFile = m_caFile->text().trimmed();
    t.tls.insecureSkipVerify = m_skipVerify->isChecked();
    *target = t;
    return true;
}

void SettingsTargetsPage::apply()
{
    if (m_path.isEmpty())
        return;
    TargetConfig t;
    if (!readForm(&t))
        return;
    auto writer = WorkspaceWriter::open(m_path);
    if (!writer) {
        showStatus(writer.error().toString(), Failed);
        return;
    }
    const auto changed =
        m_editing.isEmpty() ? writer.value().addTarget(t) : writer.value().setTarget(t, m_editing);
    if (!changed) {
        showStatus(changed.error().message, Failed);
        return;
    }
    const bool modified = writer.value().isModified();
    if (modified) {
        const auto saved = writer.value().save();
        if (!saved) {
            showStatus(saved.error().toString(), Failed);
            return;
        }
    }
    m_undo->setVisible(false);
    m_editing = t.name;
    reload();
    showStatus(modified ? tr("Saved; %1 is polled with these settings from now on.").arg(t.name)
                        : tr("No change to save."),
               Passed);
    if (modified)
        Q_EMIT targetsChanged(writer.value().workspace().targets);
}

void SettingsTargetsPage::remove()
{
    const int row = m_list->currentRow();
    if (m_path.isEmpty() || row < 0 || row >= m_targets.size())
        return;
    const QString name = m_targets.at(row).name;
    auto writer = WorkspaceWriter::open(m_path);
    if (!writer) {
        showStatus(writer.error().toString(), Failed);
        return;
    }
    const QByteArray before = writer.value().text();
    const auto removed = writer.value().removeTarget(name);
    const auto saved = removed ? writer.value().save() : removed;
    if (!saved) {
        showStatus(saved.error().message, Failed);
        return;
    }
    m_undoText = before;
    m_editing.clear();
    reload();
    m_undo->setVisible(true);
    showStatus(tr("Removed %1 from the workspace; Undo removal puts it back.").arg(name), Info);
    Q_EMIT targetsChanged(writer.value().workspace().targets);
}

void SettingsTargetsPage::undo()
{
    if (m_undoText.isEmpty())
        return;
    auto writer = WorkspaceWriter::fromText(m_undoText, m_path);
    const auto saved = writer ? writer.value().save() : Result<bool>(writer.error());
    if (!saved) {
        showStatus(saved.error().toString(), Failed);
        return;
    }
    m_undoText.clear();
    m_undo->setVisible(false);
    reload();
    showStatus(tr("The target is back."), Passed);
    Q_EMIT targetsChanged(writer.value().workspace().targets);
}

void SettingsTargetsPage::test()
{
    TargetConfig t;
    if (!readForm(&t))
        return;
    // Relative paths are read from the workspace's folder, as the collector does.
    const QDir base = QFileInfo(m_path).absoluteDir();
    if (!t.credentialsFile.isEmpty())
        t.credentialsFile = base.absoluteFilePath(t.credentialsFile);
    if (!t.tls.caFile.isEmpty())
        t.tls.caFile = base.absoluteFilePath(t.tls.caFile);
    showStatus(tr("Testing %1…").arg(t.url.toString()), Pending);
    m_testId = m_tester->test(t);
}

void SettingsTargetsPage::showStatus(const QString &text, int state)
{
    const Theme &theme = ThemeManager::current();
    const HealthStatus s = state == Passed   ? HealthStatus::Healthy
                           : state == Failed ? HealthStatus::Unhealthy
                                             : HealthStatus::Unknown;
    const bool glyph = !text.isEmpty() && (state == Passed || state == Failed);
    m_status->setText(glyph ? QStringLiteral("%1 %2").arg(Theme::statusGlyph(s), text) : text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, state == Failed   ? theme.statusColour(s)
                                     : state == Passed ? theme.text
                                                       : theme.textMuted);
    m_status->setPalette(p);
    m_status->setAccessibleDescription(m_status->text());
}

} // namespace Wk
