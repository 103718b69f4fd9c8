#pragma once

#include "models/alerts/silence.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace Wk {

class AlertBook;
class MatcherEditor;

// Creates or edits a silence in Alertmanager's model: matchers (prefilled from an alert with its
// alertname and instance), a start (now or a time), an end (a duration, 1 h / 2 h / 4 h / 1 d or
// custom, or a time), the creator and a comment. The comment is required, as the guide requires
// documentation for every suppression: until there is one the OK button is disabled and the
// dialog says so. A live preview counts the alerts the matchers match now; other problems (a bad
// regular expression names its matcher) are shown inline. OK saves through the book's silence
// store and closes once the store has it.
class SilenceDialog final : public QDialog
{
    Q_OBJECT
public:
    // book is not owned.
    explicit SilenceDialog(AlertBook *book, QWidget *parent = nullptr);
    ~SilenceDialog() override;

    // 1 h, 2 h, 4 h, 1 d.
    static QList<qint64> durationPresetsMs();
    static QString commentRequiredText();

    // A new silence (empty id: "now" plus its length when it starts now or in the past) or one
    // to edit (its id: its own start and end).
    void setSilence(const Silence &silence);
    // Prefilled from an alert of the book (alertname and instance, 2 h from now).
    void setFromAlert(quint64 alertId);
    // The silence as entered, with times resolved against the book's clock now.
    Silence silence() const;
    bool isEditing() const { return !m_editId.isEmpty(); }
    // The id the store gave the saved silence (empty until saved).
    QString savedId() const { return m_savedId; }

    void setStartNow();
    void setStartAt(qint64 ms);
    void setDurationMs(qint64 ms);
    void setEndAt(qint64 ms);
    void setComment(const QString &comment);
    void setCreator(const QString &creator);

    // Inspection, for tests.
    MatcherEditor *matcherEditor() const { return m_matchers; }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QLineEdit *creatorEdit() const { return m_creator; }
    QPushButton *okButton() const;
    bool isCommentMessageShown() const;
    QString commentMessage() const;
    QString previewText() const;
    QString errorText() const; // the inline validation or store error, empty when none

public Q_SLOTS:
    void accept() override;

private:
    void updateState();
    void showError(const QString &text);
    std::optional<qint64> durationMs() const;

    QPointer<AlertBook> m_book; // not owned
    QString m_editId;
    QString m_savedId;
    bool m_saving = false;
    QString m_storeError;

    QLabel *m_intro;
    MatcherEditor *m_matchers;
    QLabel *m_preview;
    QRadioButton *m_startNow;
    QRadioButton *m_startAt;
    QDateTimeEdit *m_startEdit;
    QRadioButton *m_endFor;
    QComboBox *m_duration;
    QLineEdit *m_customDuration;
    QRadioButton *m_endAt;
    QDateTimeEdit *m_endEdit;
    QLineEdit *m_creator;
    QPlainTextEdit *m_comment;
    QLabel *m_commentMessage;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Wk
