#include "widgets/silencedialog.h"

#include "models/alerts/alertbook.h"
#include "models/alerts/silencestore.h"
#include "models/core/duration.h"
#include "widgets/alertstyle.h"
#include "widgets/matchereditor.h"
#include "widgets/thememanager.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Wk {

namespace {

constexpr qint64 DefaultDurationMs = 2 * 3'600'000;
constexpr int PreviewNames = 10; // alert names listed in the preview's tooltip

QDateTime localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms);
}

void setMuted(QLabel *label, const Theme &theme, bool small)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, theme.textMuted);
    label->setPalette(pal);
    label->setFont(theme.font(small ? theme.smallPt : theme.normalPt));
}

} // namespace

QList<qint64> SilenceDialog::durationPresetsMs()
{
    return {3'600'000, 2 * 3'600'000, 4 * 3'600'000, 24 * 3'600'000};
}

QString SilenceDialog::commentRequiredText()
{
    return tr("A comment is required: say why (the guide requires documentation for every "
              "suppression)");
}

SilenceDialog::SilenceDialog(AlertBook *book, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
{
    const Theme &theme = ThemeManager::current();
    setWindowTitle(tr("New silence"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(theme.spacing);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    setMuted(m_intro, theme, false);
    layout->addWidget(m_intro);

    auto *matchersTitle = new QLabel(tr("Alerts whose labels match every matcher:"), this);
    layout->addWidget(matchersTitle);
    m_matchers = new MatcherEditor(this);
    layout->addWidget(m_matchers);
    m_preview = new QLabel(this);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setAccessibleName(tr("Matching alerts"));
    m_preview->setFont(theme.font(theme.normalPt, true));
    layout->addWidget(m_preview);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // Start: now, or at a time.
    auto *startRow = new QHBoxLayout;
    m_startNow = new QRadioButton(tr("&Now"), this);
    m_startAt = new QRadioButton(tr("A&t"), this);
    m_startEdit = new QDateTimeEdit(this);
    m_startEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_startEdit->setCalendarPopup(true);
    m_startEdit->setAccessibleName(tr("Start time"));
    auto *startGroup = new QButtonGroup(this);
    startGroup->addButton(m_startNow);
    startGroup->addButton(m_startAt);
    m_startNow->setChecked(true);
    startRow->addWidget(m_startNow);
    startRow->addWidget(m_startAt);
    startRow->addWidget(m_startEdit, 1);
    form->addRow(tr("Starts:"), startRow);

    // End: after a duration, or at a time.
    auto *endGrid = new QGridLayout;
    m_endFor = new QRadioButton(tr("&For"), this);
    m_duration = new QComboBox(this);
    m_duration->setAccessibleName(tr("Duration"));
    for (const qint64 ms : durationPresetsMs())
        m_duration->addItem(humanAge(ms), ms);
    m_duration->addItem(tr("Custom…"), qint64(0));
    m_duration->setCurrentIndex(int(durationPresetsMs().indexOf(DefaultDurationMs)));
    m_customDuration = new QLineEdit(this);
    m_customDuration->setPlaceholderText(tr("e.g. 90m, 6h, 3d"));
    m_customDuration->setAccessibleName(tr("Custom duration"));
    m_customDuration->hide();
    m_endAt = new QRadioButton(tr("&Until"), this);
    m_endEdit = new QDateTimeEdit(this);
    m_endEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_endEdit->setCalendarPopup(true);
    m_endEdit->setAccessibleName(tr("End time"));
    auto *endGroup = new QButtonGroup(this);
    endGroup->addButton(m_endFor);
    endGroup->addButton(m_endAt);
    m_endFor->setChecked(true);
    endGrid->addWidget(m_endFor, 0, 0);
    endGrid->addWidget(m_duration, 0, 1);
    endGrid->addWidget(m_customDuration, 0, 2);
    endGrid->addWidget(m_endAt, 1, 0);
    endGrid->addWidget(m_endEdit, 1, 1, 1, 2);
    endGrid->setColumnStretch(2, 1);
    form->addRow(tr("Ends:"), endGrid);

    m_creator = new QLineEdit(this);
    m_creator->setAccessibleName(tr("Created by"));
    form->addRow(tr("Created &by:"), m_creator);

    m_comment = new QPlainTextEdit(this);
    m_comment->setTabChangesFocus(true);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(
        tr("Why are these alerts suppressed? A ticket, a change, a known cause."));
    m_comment->setFixedHeight(QFontMetrics(m_comment->font()).lineSpacing() * 4 + 12);
    form->addRow(tr("&Comment:"), m_comment);
    layout->addLayout(form);

    m_commentMessage = new QLabel(commentRequiredText(), this);
    m_commentMessage->setWordWrap(true);
    m_commentMessage->setAccessibleName(tr("Comment required"));
    {
        QPalette pal = m_commentMessage->palette();
        pal.setColor(QPalette::WindowText, theme.text);
        m_commentMessage->setPalette(pal);
        m_commentMessage->setText(Theme::statusGlyph(HealthStatus::Degraded) + u' ' +
                                  commentRequiredText());
    }
    layout->addWidget(m_commentMessage);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAccessibleName(tr("Error"));
    {
        QPalette pal = m_error->palette();
        pal.setColor(QPalette::WindowText, theme.unhealthy);
        m_error->setPalette(pal);
    }
    m_error->hide();
    layout->addWidget(m_error);

    auto *keys = new QLabel(tr("Ctrl+Enter saves."), this);
    setMuted(keys, theme, true);
    layout->addWidget(keys);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save silence"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SilenceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SilenceDialog::reject);
    for (const QKeySequence &seq :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *save = new QShortcut(seq, this);
        connect(save, &QShortcut::activated, this, [this] {
            if (okButton()->isEnabled())
                accept();
        });
    }

    connect(m_matchers, &MatcherEditor::changed, this, &SilenceDialog::updateState);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &SilenceDialog::updateState);
    connect(m_creator, &QLineEdit::textChanged, this, &SilenceDialog::updateState);
    connect(m_customDuration, &QLineEdit::textChanged, this, &SilenceDialog::updateState);
    connect(m_startEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_startAt->setChecked(true);
        updateState();
    });
    connect(m_endEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_endAt->setChecked(true);
        updateState();
    });
    connect(m_duration, &QComboBox::currentIndexChanged, this, [this] {
        m_endFor->setChecked(true);
        m_customDuration->setVisible(m_duration->currentData().toLongLong() == 0);
        updateState();
    });
    connect(startGroup, &QButtonGroup::buttonToggled, this, &SilenceDialog::updateState);
    connect(endGroup, &QButtonGroup::buttonToggled, this, &SilenceDialog::updateState);

    Silence blank;
    blank.createdBy = book ? book->operatorName() : QString();
    const qint64 now = book ? book->clock()->nowMs() : 0;
    blank.startsAtMs = now;
    blank.endsAtMs = now + DefaultDurationMs;
    setSilence(blank);
}

SilenceDialog::~SilenceDialog() = default;

QPushButton *SilenceDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void SilenceDialog::setSilence(const Silence &s)
{
    m_editId = s.id;
    const qint64 now = m_book ? m_book->clock()->nowMs() : 0;
    setWindowTitle(isEditing() ? tr("Edit silence") : tr("New silence"));
    m_intro->setText(
        isEditing()
            ? tr("Editing silence %1. Changing the matchers or the start of an active silence "
                 "expires it and creates a new one, as Alertmanager does.")
                  .arg(s.id.left(8))
            : tr("Suppress notifications for matching alerts. They stay on the alerts page, "
                 "marked as silenced."));
    m_matchers->setMatchers(s.matchers);
    m_creator->setText(s.createdBy.isEmpty() && m_book ? m_book->operatorName() : s.createdBy);
    m_comment->setPlainText(s.comment);

    const QSignalBlocker b1(m_startEdit);
    const QSignalBlocker b2(m_endEdit);
    const QSignalBlocker b3(m_duration);
    m_startEdit->setDateTime(localTime(qMax(now, s.startsAtMs)));
    if (isEditing() || s.startsAtMs > now) {
        m_startEdit->setDateTime(localTime(s.startsAtMs));
        m_startAt->setChecked(true);
    } else {
        m_startNow->setChecked(true);
    }
    const qint64 length = s.endsAtMs - s.startsAtMs;
    m_endEdit->setDateTime(localTime(s.endsAtMs > 0 ? s.endsAtMs : now + DefaultDurationMs));
    if (isEditing()) {
        m_endAt->setChecked(true);
    } else if (length > 0) {
        setDurationMs(length);
    }
    updateState();
}

void SilenceDialog::setFromAlert(quint64 alertId)
{
    if (!m_book)
        return;
    const std::optional<Silence> s = m_book->silenceFromAlert(alertId, DefaultDurationMs);
    if (s)
        setSilence(*s);
}

void SilenceDialog::setStartNow()
{
    m_startNow->setChecked(true);
}

void SilenceDialog::setStartAt(qint64 ms)
{
    m_startEdit->setDateTime(localTime(ms));
    m_startAt->setChecked(true);
}

void SilenceDialog::setDurationMs(qint64 ms)
{
    const int preset = int(durationPresetsMs().indexOf(ms));
    m_duration->setCurrentIndex(preset >= 0 ? preset : m_duration->count() - 1);
    if (preset < 0)
        m_customDuration->setText(formatDuration(ms));
    m_customDuration->setVisible(preset < 0);
    m_endFor->setChecked(true);
}

void SilenceDialog::setEndAt(qint64 ms)
{
    m_endEdit->setDateTime(localTime(ms));
    m_endAt->setChecked(true);
}

void SilenceDialog::setComment(const QString &comment)
{
    m_comment->setPlainText(comment);
}

void SilenceDialog::setCreator(const QString &creator)
{
    m_creator->setText(creator);
}

std::optional<qint64> SilenceDialog::durationMs() const
{
    const qint64 preset = m_duration->currentData().toLongLong();
    if (preset > 0)
        return preset;
    const Result<qint64> custom = parseDuration(m_customDuration->text().trimmed());
    if (!custom || custom.value() <= 0)
        return std::nullopt;
    return custom.value();
}

Silence SilenceDialog::silence() const
{
    const qint64 now = m_book ? m_book->clock()->nowMs() : 0;
    Silence s;
    s.id = m_editId;
    s.matchers = m_matchers->matchers();
    s.startsAtMs = m_startNow->isChecked() ? now : m_startEdit->dateTime().toMSecsSinceEpoch();
    if (m_endFor->isChecked())
        s.endsAtMs = s.startsAtMs + durationMs().value_or(0);
    else
        s.endsAtMs = m_endEdit->dateTime().toMSecsSinceEpoch();
    s.createdBy = m_creator->text().trimmed();
    s.comment = m_comment->toPlainText().trimmed();
    return s;
}

QString SilenceDialog::previewText() const
{
    return m_preview->text();
}

bool SilenceDialog::isCommentMessageShown() const
{
    return !m_commentMessage->isHidden();
}

QString SilenceDialog::commentMessage() const
{
    return isCommentMessageShown() ? m_commentMessage->text() : QString();
}

QString SilenceDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SilenceDialog::showError(const QString &text)
{
    m_error->setText(text.isEmpty() ? QString()
                                    : Theme::statusGlyph(HealthStatus::Unhealthy) + u' ' + text);
    m_error->setVisible(!text.isEmpty());
}

void SilenceDialog::updateState()
{
    const Silence s = silence();
    const qint64 now = m_book ? m_book->clock()->nowMs() : 0;

    // What it would silence right now.
    if (s.matchers.isEmpty()) {
        m_preview->setText(tr("Add a matcher to see which alerts it matches."));
        m_preview->setToolTip({});
    } else if (m_book) {
        const QList<quint64> ids = m_book->matchingAlerts(s.matchers);
        m_preview->setText(ids.isEmpty()     ? tr("Matches no alert now")
                           : ids.size() == 1 ? tr("Matches 1 alert now")
                                             : tr("Matches %1 alerts now").arg(ids.size()));
        QStringList names;
        for (int i = 0; i < ids.size() && i < PreviewNames; ++i) {
            if (const std::optional<AlertStatus> st = m_book->status(ids[i])) {
                const QString instance = st->alert.labels.value(u"instance");
                names << (instance.isEmpty() ? st->alertName()
                                             : tr("%1 on %2").arg(st->alertName(), instance));
            }
        }
        if (ids.size() > PreviewNames)
            names << tr("and %1 more").arg(ids.size() - PreviewNames);
        m_preview->setToolTip(names.join(u'\n'));
    }

    // Everything wrong except the comment, which has its own message.
    QStringList errors = m_matchers->errors();
    if (m_endFor->isChecked() && !durationMs())
        errors << tr("the duration \"%1\" is not one; write it as 90m, 6h or 3d")
                      .arg(m_customDuration->text());
    if (errors.isEmpty()) {
        Silence probe = s;
        probe.comment = QStringLiteral("-");
        if (const std::optional<Error> e = probe.validate(now))
            errors << e->toString();
    }
    // A refusal from the store stays in view, but does not stop a second attempt.
    showError((m_storeError.isEmpty() ? errors : errors + QStringList{m_storeError}).join(u'\n'));

    const bool hasComment = !s.comment.isEmpty();
    m_commentMessage->setVisible(!hasComment);
    okButton()->setEnabled(hasComment && errors.isEmpty() && !m_saving && m_book &&
                           m_book->silenceStore());
    okButton()->setToolTip(hasComment ? QString() : commentRequiredText());
}

void SilenceDialog::accept()
{
    if (!m_book || !m_book->silenceStore() || m_saving)
        return;
    m_storeError.clear();
    const Silence s = silence();
    if (const std::optional<Error> e = s.validate(m_book->clock()->nowMs())) {
        showError(e->toString());
        return;
    }
    m_saving = true;
    okButton()->setEnabled(false);
    QPointer<SilenceDialog> self(this);
    m_book->silenceStore()->save(s, [self](const Result<QString> &idOrError) {
        if (!self)
            return;
        self->m_saving = false;
        if (!idOrError) {
            self->m_storeError = idOrError.error().toString();
            self->updateState();
            return;
        }
        self->m_savedId = idOrError.value();
        self->QDialog::accept();
    });
}

} // namespace Wk
