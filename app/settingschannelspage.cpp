#include "settingschannelspage.h"

#include "models/alerts/channelconfig.h"
#include "models/alerts/notificationconfigloader.h"
#include "widgets/thememanager.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QVBoxLayout>

namespace Wk {

namespace {

const QStringList channelsPath{QStringLiteral("notifications"), QStringLiteral("channels")};
const QStringList severityNames{QStringLiteral("critical"), QStringLiteral("high"),
                                QStringLiteral("medium"), QStringLiteral("low")};

QString valueOf(const YamlEntries &item, const QString &key)
{
    for (const YamlEntry &e : item) {
        if (e.key == key)
            return e.value.toString();
    }
    return {};
}

QStringList listOf(const YamlEntries &item, const QString &key)
{
    for (const YamlEntry &e : item) {
        if (e.key != key)
            continue;
        QStringList out;
        if (e.value.metaType().id() == QMetaType::QVariantList) {
            for (const QVariant &v : e.value.toList())
                out << v.toString();
        } else if (!e.value.toString().isEmpty()) {
            out << e.value.toString();
        }
        return out;
    }
    return {};
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

SettingsChannelsPage::SettingsChannelsPage(const QString &workspacePath, QWidget *parent)
    : QWidget(parent)
    , m_path(workspacePath)
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    auto *listLabel = new QLabel(tr("&Channels"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("channelList"));
    m_list->setAccessibleName(tr("Notification channels"));
    m_list->setMinimumWidth(200);
    listLabel->setBuddy(m_list);
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add channel"), this);
    m_add->setObjectName(QStringLiteral("addChannel"));
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_remove->setObjectName(QStringLiteral("removeChannel"));
    m_remove->setToolTip(tr("Remove the selected channel (Delete in the list)"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    left->addLayout(buttons);
    outer->addLayout(left, 2);

    m_form = new QWidget(this);
    auto *v = new QVBoxLayout(m_form);
    v->setContentsMargins(12, 0, 0, 0);
    auto *box = new QGroupBox(tr("Channel"), m_form);
    auto *f = new QFormLayout(box);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("channelName"));
    m_name->setPlaceholderText(QStringLiteral("oncall-slack"));
    f->addRow(tr("&Name"), m_name);
    m_type = new QComboBox(box);
    m_type->setObjectName(QStringLiteral("channelType"));
    for (const QString &t : ChannelConfig::typeNames())
        m_type->addItem(t, t);
    f->addRow(tr("T&ype"), m_type);
    auto *sev = new QHBoxLayout;
    for (const QString &s : severityNames) {
        auto *c = new QCheckBox(s, box);
        c->setObjectName(QStringLiteral("severity_%1").arg(s));
        m_severities << c;
        sev->addWidget(c);
    }
    sev->addStretch(1);
    f->addRow(tr("Severities"), sev);
    f->addRow(QString(), note(tr("None ticked: every severity."), box));
    m_recipientsLabel = new QLabel(tr("&Recipients"), box);
    m_recipients = new QLineEdit(box);
    m_recipients->setObjectName(QStringLiteral("channelRecipients"));
    m_recipients->setPlaceholderText(tr("comma-separated addresses or phone numbers"));
    m_recipientsLabel->setBuddy(m_recipients);
    f->addRow(m_recipientsLabel, m_recipients);
    m_smarthostLabel = new QLabel(tr("&Mail relay"), box);
    m_smarthost = new QLineEdit(box);
    m_smarthost->setObjectName(QStringLiteral("channelSmarthost"));
    m_smarthost->setPlaceholderText(QStringLiteral("mail.example.com:25"));
    m_smarthostLabel->setBuddy(m_smarthost);
    f->addRow(m_smarthostLabel, m_smarthost);
    m_fromLabel = new QLabel(tr("&From"), box);
    m_from = new QLineEdit(box);
    m_from->setObjectName(QStringLiteral("channelFrom"));
    m_from->setPlaceholderText(QStringLiteral("watchkeeper@example.com"));
    m_fromLabel->setBuddy(m_from);
    f->addRow(m_fromLabel, m_from);
    v->addWidget(box);

    m_secretBox = new QGroupBox(tr("Secret"), m_form);
    auto *sg = new QGridLayout(m_secretBox);
    auto *group = new QButtonGroup(m_secretBox);
    m_secretFile = new QRadioButton(tr("In a f&ile"), m_secretBox);
    m_secretFile->setObjectName(QStringLiteral("secretByFile"));
    m_secretEnv = new QRadioButton(tr("In an environment &variable"), m_secretBox);
    m_secretEnv->setObjectName(QStringLiteral("secretByEnv"));
    group->addButton(m_secretFile);
    group->addButton(m_secretEnv);
    m_secretPath = new QLineEdit(m_secretBox);
    m_secretPath->setObjectName(QStringLiteral("secretFile"));
    m_secretPath->setAccessibleName(tr("Secret file"));
    m_secretPath->setPlaceholderText(QStringLiteral("/etc/watchkeeper/slack-webhook"));
    m_secretVar = new QLineEdit(m_secretBox);
    m_secretVar->setObjectName(QStringLiteral("secretEnv"));
    m_secretVar->setAccessibleName(tr("Environment variable name"));
    m_secretVar->setPlaceholderText(QStringLiteral("SLACK_WEBHOOK_URL"));
    sg->addWidget(m_secretFile, 0, 0);
    sg->addWidget(m_secretPath, 0, 1);
    sg->addWidget(m_secretEnv, 1, 0);
    sg->addWidget(m_secretVar, 1, 1);
    sg->addWidget(note(tr("Webhook URLs, routing keys and tokens stay in the file or the "
                          "variable; the workspace names where, never the secret."),
                       m_secretBox),
                  2, 0, 1, 2);
    sg->setColumnStretch(1, 1);
    v->addWidget(m_secretBox);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    m_apply = new QPushButton(tr("A&pply"), m_form);
    m_apply->setObjectName(QStringLiteral("applyChannel"));
    m_apply->setToolTip(tr("Write the channel to the workspace (Ctrl+S)"));
    row->addWidget(m_apply);
    v->addLayout(row);
    m_status = new QLabel(m_form);
    m_status->setObjectName(QStringLiteral("channelStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    v->addWidget(m_status);
    v->addWidget(note(tr("Rate limits, retries and the other keys of a channel stay as written "
                         "in the workspace."),
                      m_form));
    v->addStretch(1);
    outer->addWidget(m_form, 5);

    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsChannelsPage::selectChannel);
    connect(m_add, &QPushButton::clicked, this, &SettingsChannelsPage::startNew);
    connect(m_remove, &QPushButton::clicked, this, &SettingsChannelsPage::remove);
    connect(m_apply, &QPushButton::clicked, this, &SettingsChannelsPage::apply);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SettingsChannelsPage::typeChanged);
    connect(m_secretFile, &QRadioButton::toggled, m_secretPath, &QWidget::setEnabled);
    connect(m_secretEnv, &QRadioButton::toggled, m_secretVar, &QWidget::setEnabled);
    auto *save = new QShortcut(QKeySequence::Save, this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, &SettingsChannelsPage::apply);
    auto *add = new QShortcut(QKeySequence::New, this);
    add->setContext(Qt::WidgetWithChildrenShortcut);
    connect(add, &QShortcut::activated, this, &SettingsChannelsPage::startNew);
    auto *del = new QShortcut(QKeySequence::Delete, m_list);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &SettingsChannelsPage::remove);
    reload();
}

SettingsChannelsPage::~SettingsChannelsPage() = default;

Result<WorkspaceWriter> SettingsChannelsPage::openWriter() const
{
    auto writer = WorkspaceWriter::open(m_path);
    if (!writer)
        return writer;
    writer.value().addValidator([](const QByteArray &text, const QString &path) {
        const auto config = NotificationConfigLoader::loadText(text, path);
        return config ? std::optional<Error>() : std::optional<Error>(config.error());
    });
    return writer;
}

void SettingsChannelsPage::reload()
{
    if (m_path.isEmpty()) {
        m_form->setEnabled(false);
        m_add->setEnabled(false);
        m_remove->setEnabled(false);
        showStatus(tr("The demo notifies the desktop only. Open your own workspace to add "
                      "channels."),
                   false);
        return;
    }
    auto writer = openWriter();
    if (!writer) {
        m_form->setEnabled(false);
        showStatus(writer.error().toString(), true);
        return;
    }
    m_channels = writer.value().listItems(channelsPath);
    const QString keep = m_editing;
    QSignalBlocker block(m_list);
    m_list->clear();
    int row = -1;
    for (int i = 0; i < m_channels.size(); ++i) {
        const QString name = valueOf(m_channels.at(i), QStringLiteral("name"));
        new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(name, valueOf(m_channels.at(i), QStringLiteral("type"))),
            m_list);
        if (name == keep)
            row = i;
    }
    m_form->setEnabled(true);
    m_add->setEnabled(true);
    if (row < 0 && !m_channels.isEmpty())
        row = 0;
    m_list->setCurrentRow(row);
    if (row >= 0)
        selectChannel(row);
    else
        startNew();
}

QString SettingsChannelsPage::secretKey() const
{
    const QString type = m_type->currentData().toString();
    if (type == u"slack" || type == u"webhook" || type == u"sms")
        return QStringLiteral("url");
    if (type == u"pagerduty")
        return QStringLiteral("routing_key");
    return {};
}

void SettingsChannelsPage::typeChanged()
{
    const QString type = m_type->currentData().toString();
    const QString key = secretKey();
    m_secretBox->setVisible(!key.isEmpty());
    m_secretBox->setTitle(key == u"routing_key" ? tr("Routing key")
                          : type == u"sms"      ? tr("Gateway URL")
                                                : tr("Webhook URL"));
    const bool recipients = type == u"email" || type == u"sms";
    m_recipientsLabel->setVisible(recipients);
    m_recipients->setVisible(recipients);
    const bool email = type == u"email";
    m_smarthostLabel->setVisible(email);
    m_smarthost->setVisible(email);
    m_fromLabel->setVisible(email);
    m_from->setVisible(email);
}

void SettingsChannelsPage::selectChannel(int row)
{
    if (row < 0 || row >= m_channels.size()) {
        startNew();
        return;
    }
    const YamlEntries &c = m_channels.at(row);
    m_editing = valueOf(c, QStringLiteral("name"));
    m_remove->setEnabled(true);
    m_name->setText(m_editing);
    m_type->setCurrentIndex(std::max(0, m_type->findData(valueOf(c, QStringLiteral("type")))));
    const QStringList sev = listOf(c, QStringLiteral("severities"));
    for (QCheckBox *box : m_severities)
        box->setChecked(sev.contains(box->text()));
    const QString key = secretKey();
    const QString file = key.isEmpty() ? QString() : valueOf(c, key + QStringLiteral("_file"));
    const QString inline_ = key.isEmpty() ? QString() : valueOf(c, key);
    static const QRegularExpression ref(QStringLiteral("^\\s*\\$\\{([A-Za-z_][A-Za-z0-9_]*)"));
    m_secretPath->setText(file);
    m_secretVar->setText(ref.match(inline_).captured(1));
    (file.isEmpty() && !inline_.isEmpty() ? m_secretEnv : m_secretFile)->setChecked(true);
    m_secretPath->setEnabled(m_secretFile->isChecked());
    m_secretVar->setEnabled(m_secretEnv->isChecked());
    m_recipients->setText(listOf(c, QStringLiteral("to")).join(u", "));
    m_smarthost->setText(valueOf(c, QStringLiteral("smarthost")));
    m_from->setText(valueOf(c, QStringLiteral("from")));
    typeChanged();
    showStatus(QString(), false);
}

void SettingsChannelsPage::startNew()
{
    if (m_path.isEmpty())
        return;
    m_editing.clear();
    {
        QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
    }
    m_remove->setEnabled(false);
    m_name->clear();
    m_type->setCurrentIndex(0);
    for (QCheckBox *box : m_severities)
        box->setChecked(false);
    m_secretPath->clear();
    m_secretVar->clear();
    m_secretFile->setChecked(true);
    m_secretPath->setEnabled(true);
    m_secretVar->setEnabled(false);
    m_recipients->clear();
    m_smarthost->clear();
    m_from->clear();
    typeChanged();
    showStatus(tr("A new channel: name it, pick its type and where its secret is, then Apply."),
               false);
    m_name->setFocus();
}

void SettingsChannelsPage::apply()
{
    if (m_path.isEmpty())
        return;
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showStatus(tr("The channel needs a name."), true);
        m_name->setFocus();
        return;
    }
    YamlEntries entries{{QStringLiteral("type"), m_type->currentData().toString()}};
    QStringList sev;
    for (QCheckBox *box : m_severities) {
        if (box->isChecked())
            sev << box->text();
    }
    if (!sev.isEmpty())
        entries.append({QStringLiteral("severities"), sev});
    const QString key = secretKey();
    if (!key.isEmpty()) {
        if (m_secretFile->isChecked()) {
            if (m_secretPath->text().trimmed().isEmpty()) {
                showStatus(tr("Name the file the secret is in."), true);
                m_secretPath->setFocus();
                return;
            }
            entries.append({key + QStringLiteral("_file"), m_secretPath->text().trimmed()});
        } else {
            static const QRegularExpression envRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
            const QString var = m_secretVar->text().trimmed();
            if (!envRe.match(var).hasMatch()) {
                showStatus(tr("An environment variable name has letters, digits and _ only."),
                           true);
                m_secretVar->setFocus();
                return;
            }
            entries.append({key, QStringLiteral("${%1}").arg(var)});
        }
    }
    const QString type = m_type->currentData().toString();
    if (type == u"email" || type == u"sms") {
        QStringList to;
        for (const QString &r : m_recipients->text().split(u',', Qt::SkipEmptyParts))
            to << r.trimmed();
        if (!to.isEmpty())
            entries.append({QStringLiteral("to"), to});
    }
    if (type == u"email") {
        if (!m_smarthost->text().trimmed().isEmpty())
            entries.append({QStringLiteral("smarthost"), m_smarthost->text().trimmed()});
        if (!m_from->text().trimmed().isEmpty())
            entries.append({QStringLiteral("from"), m_from->text().trimmed()});
    }
    // What the form does not show stays as written.
    static const QSet<QString> managed{QStringLiteral("name"),
                                       QStringLiteral("type"),
                                       QStringLiteral("severities"),
                                       QStringLiteral("url"),
                                       QStringLiteral("url_file"),
                                       QStringLiteral("routing_key"),
                                       QStringLiteral("routing_key_file"),
                                       QStringLiteral("to"),
                                       QStringLiteral("smarthost"),
                                       QStringLiteral("from")};
    QSet<QString> keep;
    for (const YamlEntries &c : m_channels) {
        if (valueOf(c, QStringLiteral("name")) != m_editing || m_editing.isEmpty())
            continue;
        for (const YamlEntry &e : c) {
            if (!managed.contains(e.key))
                keep.insert(e.key);
        }
    }
    auto writer = openWriter();
    if (!writer) {
        showStatus(writer.error().toString(), true);
        return;
    }
    const auto changed = writer.value().setListItem(channelsPath, name, entries, keep, m_editing);
    const auto saved = changed ? writer.value().save() : changed;
    if (!saved) {
        showStatus(saved.error().message, true);
        return;
    }
    m_editing = name;
    reload();
    showStatus(tr("Saved; alerts use this channel from now on."), false);
    const auto config = NotificationConfigLoader::loadFile(m_path);
    if (config)
        Q_EMIT notificationsChanged(config.value());
}

void SettingsChannelsPage::remove()
{
    const int row = m_list->currentRow();
    if (m_path.isEmpty() || row < 0 || row >= m_channels.size())
        return;
    const QString name = valueOf(m_channels.at(row), QStringLiteral("name"));
    auto writer = openWriter();
    if (!writer) {
        showStatus(writer.error().toString(), true);
        return;
    }
    const auto removed = writer.value().removeListItem(channelsPath, name);
    const auto saved = removed ? writer.value().save() : removed;
    if (!saved) {
        showStatus(saved.error().message, true);
        return;
    }
    m_editing.clear();
    reload();
    showStatus(tr("Removed %1.").arg(name), false);
    const auto config = NotificationConfigLoader::loadFile(m_path);
    if (config)
        Q_EMIT notificationsChanged(config.value());
}

void SettingsChannelsPage::showStatus(const QString &text, bool error)
{
    const Theme &theme = ThemeManager::current();
    m_status->setText(
        error && !text.isEmpty()
            ? QStringLiteral("%1 %2").arg(Theme::statusGlyph(HealthStatus::Unhealthy), text)
            : text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText,
               error ? theme.statusColour(HealthStatus::Unhealthy) : theme.textMuted);
    m_status->setPalette(p);
}

} // namespace Wk
