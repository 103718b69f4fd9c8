#include "widgets/acknowledgedialog.h"

#include "models/alerts/alertbook.h"
#include "models/core/duration.h"
#include "widgets/alertstyle.h"
#include "widgets/thememanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Wk {

namespace {

constexpr int ListedAlerts = 8; // more are summed up as "and N more"

} // namespace

QList<qint64> AcknowledgeDialog::presetsMs()
{
    return {3'600'000, 4 * 3'600'000, 8 * 3'600'000, Acknowledgement::DefaultExpiryMs};
}

AcknowledgeDialog::AcknowledgeDialog(AlertBook *book, const QList<quint64> &alertIds,
                                     QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_ids(alertIds)
{
    setWindowTitle(tr("Acknowledge alerts"));
    const Theme &theme = ThemeManager::current();
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme.spacing);

    m_alerts = new QLabel(this);
    m_alerts->setTextFormat(Qt::PlainText);
    m_alerts->setWordWrap(true);
    m_alerts->setFont(theme.font(theme.normalPt));
    layout->addWidget(m_alerts);

    auto *form = new QFormLayout;
    m_who = new QLabel(this);
    m_who->setTextFormat(Qt::PlainText);
    form->addRow(tr("Acknowledged by:"), m_who);

    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("What you are doing about it (optional)"));
    m_note->setAccessibleName(tr("Note"));
    form->addRow(tr("&Note:"), m_note);

    auto *expiryRow = new QHBoxLayout;
    m_expiry = new QComboBox(this);
    m_expiry->setAccessibleName(tr("Lasts at most"));
    for (const qint64 ms : presetsMs())
        m_expiry->addItem(humanAge(ms), ms);
    m_expiry->addItem(tr("Custom…"), qint64(0));
    m_expiry->setCurrentIndex(int(presetsMs().indexOf(Acknowledgement::DefaultExpiryMs)));
    m_custom = new QLineEdit(this);
    m_custom->setPlaceholderText(tr("e.g. 36h or 2d"));
    m_custom->setAccessibleName(tr("Custom duration"));
    m_custom->setToolTip(tr("A duration such as 90m, 36h or 2d"));
    m_custom->hide();
    expiryRow->addWidget(m_expiry);
    expiryRow->addWidget(m_custom, 1);
    auto *expiryLabel = new QLabel(tr("Lasts &at most:"), this);
    expiryLabel->setBuddy(m_expiry);
    form->addRow(expiryLabel, expiryRow);
    layout->addLayout(form);

    m_expiryHint = new QLabel(this);
    m_expiryHint->setWordWrap(true);
    m_expiryHint->setFont(theme.font(theme.smallPt));
    QPalette muted = m_expiryHint->palette();
    muted.setColor(QPalette::WindowText, theme.textMuted);
    m_expiryHint->setPalette(muted);
    layout->addWidget(m_expiryHint);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAccessibleName(tr("Error"));
    QPalette bad = m_error->palette();
    bad.setColor(QPalette::WindowText, theme.unhealthy);
    m_error->setPalette(bad);
    m_error->hide();
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Acknowledge"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AcknowledgeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AcknowledgeDialog::reject);

    connect(m_expiry, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_expiry->currentData().toLongLong() == 0;
        m_custom->setVisible(custom);
        if (custom)
            m_custom->setFocus();
        updateState();
    });
    connect(m_custom, &QLineEdit::textChanged, this, &AcknowledgeDialog::updateState);

    listAlerts();
    updateState();
    m_note->setFocus();
}

AcknowledgeDialog::~AcknowledgeDialog() = default;

void AcknowledgeDialog::listAlerts()
{
    QStringList lines;
    const qint64 now = m_book ? m_book->clock()->nowMs() : 0;
    for (int i = 0; i < m_ids.size() && i < ListedAlerts; ++i) {
        const std::optional<AlertStatus> s = m_book ? m_book->status(m_ids[i]) : std::nullopt;
        if (!s) {
            lines << tr("alert %1 (gone)").arg(Alert::fingerprintToString(m_ids[i]));
            continue;
        }
        const QString instance = s->alert.labels.value(u"instance");
        const qint64 since = s->alert.firedAtMs.value_or(s->activeAtMs());
        lines << tr("%1  %2%3, %4 for %5")
                     .arg(AlertStyle::severityLabel(s->severity()), s->alertName(),
                          instance.isEmpty() ? QString() : tr(" on %1").arg(instance),
                          AlertStatus::stateText(s->state), humanAge(qMax(0, now - since)));
    }
    if (m_ids.size() > ListedAlerts)
        lines << tr("and %1 more").arg(m_ids.size() - ListedAlerts);
    m_alerts->setText(lines.join(u'\n'));
    setWindowTitle(m_ids.size() == 1 ? tr("Acknowledge alert")
                                     : tr("Acknowledge %1 alerts").arg(m_ids.size()));
    m_who->setText(m_book ? m_book->operatorName() : QString());
}

void AcknowledgeDialog::setNote(const QString &note)
{
    m_note->setText(note);
}

QString AcknowledgeDialog::note() const
{
    return m_note->text().trimmed();
}

void AcknowledgeDialog::setExpiryMs(qint64 ms)
{
    const int preset = int(presetsMs().indexOf(ms));
    if (preset >= 0) {
        m_expiry->setCurrentIndex(preset);
        return;
    }
    m_expiry->setCurrentIndex(m_expiry->count() - 1);
    m_custom->setText(formatDuration(ms));
}

std::optional<qint64> AcknowledgeDialog::expiryMs() const
{
    const qint64 preset = m_expiry->currentData().toLongLong();
    if (preset > 0)
        return preset;
    const Result<qint64> custom = parseDuration(m_custom->text().trimmed());
    if (!custom || custom.value() <= 0)
        return std::nullopt;
    return custom.value();
}

QString AcknowledgeDialog::operatorText() const
{
    return m_who->text();
}

QString AcknowledgeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AcknowledgeDialog::showError(const QString &text)
{
    m_error->setText(text.isEmpty() ? QString()
                                    : Theme::statusGlyph(HealthStatus::Unhealthy) + u' ' + text);
    m_error->setVisible(!text.isEmpty());
}

void AcknowledgeDialog::updateState()
{
    const std::optional<qint64> ms = expiryMs();
    if (ms)
        m_expiryHint->setText(
            tr("Lasts until the alert resolves, or for at most %1, whichever comes first. It "
               "stops escalation and repeating notifications.")
                .arg(humanAge(*ms)));
    else
        m_expiryHint->setText(
            tr("Enter how long the acknowledgement may last, such as 90m, 36h or 2d."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ms.has_value() && !m_ids.isEmpty());
}

void AcknowledgeDialog::accept()
{
    const std::optional<qint64> ms = expiryMs();
    if (!m_book || !ms) {
        showError(tr("Enter how long the acknowledgement may last, such as 90m, 36h or 2d."));
        return;
    }
    const AlertBook::BulkResult result = m_book->acknowledge(m_ids, note(), *ms);
    m_done << result.acknowledged;
    if (result.failed.isEmpty()) {
        showError({});
        QDialog::accept();
        return;
    }
    QStringList errors;
    QList<quint64> left;
    for (const auto &[id, error] : result.failed) {
        errors << error.toString();
        left << id;
    }
    m_ids = left;
    listAlerts();
    QString text = errors.join(u'\n');
    if (!result.acknowledged.isEmpty())
        text =
            tr("%1 acknowledged; these were not:").arg(result.acknowledged.size()) + u'\n' + text;
    showError(text);
    updateState();
}

} // namespace Wk
