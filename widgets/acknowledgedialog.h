#pragma once

#include "models/alerts/acknowledgement.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Wk {

class AlertBook;

// "I am on it" for one or several alerts: an optional note, how long the acknowledgement may
// last at most (1 h, 4 h, 8 h, 24 h by default, or a custom duration such as 36h), and who
// acknowledges (the book's operator). OK calls AlertBook::acknowledge; alerts it refuses (already
// acknowledged, resolved meanwhile) are named inline and the dialog stays open with them.
class AcknowledgeDialog final : public QDialog
{
    Q_OBJECT
public:
    // book is not owned.
    AcknowledgeDialog(AlertBook *book, const QList<quint64> &alertIds, QWidget *parent = nullptr);
    ~AcknowledgeDialog() override;

    // 1 h, 4 h, 8 h, 24 h.
    static QList<qint64> presetsMs();

    QList<quint64> alertIds() const { return m_ids; }
    void setNote(const QString &note);
    QString note() const;
    // Selects the preset of that length, or enters it as a custom duration.
    void setExpiryMs(qint64 ms);
    // Nothing while the custom duration does not read as one.
    std::optional<qint64> expiryMs() const;
    QString operatorText() const;
    QString errorText() const; // the inline error, empty when none is shown
    QList<Acknowledgement> acknowledged() const { return m_done; }

    QLineEdit *noteEdit() const { return m_note; }
    QComboBox *expiryCombo() const { return m_expiry; }

public Q_SLOTS:
    void accept() override;

private:
    void updateState();
    void showError(const QString &text);
    void listAlerts();

    QPointer<AlertBook> m_book; // not owned
    QList<quint64> m_ids;
    QList<Acknowledgement> m_done;
    QLabel *m_alerts;
    QLabel *m_who;
    QLineEdit *m_note;
    QComboBox *m_expiry;
    QLineEdit *m_custom;
    QLabel *m_expiryHint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Wk
