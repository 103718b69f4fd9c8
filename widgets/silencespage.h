#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QTreeView;

namespace Wk {

class AlertBook;
class AuditReasonDialog;
class SilenceDialog;
class SilenceListProxy;
class SilencesModel;

// The silences of the book's silence store: state (pending, active, expired, as glyph and word;
// ▲ when it expires within 5 minutes), matchers, who and why, start and end, and how many
// current alerts each matches ("matches no alert now" marked). Actions: new (N), edit (E or
// Enter), expire early with a reason (Delete), active only (the check box, Alt+A). Dialogs open
// without blocking.
class SilencesPage final : public QWidget
{
    Q_OBJECT
public:
    // book is not owned.
    explicit SilencesPage(AlertBook *book, QWidget *parent = nullptr);
    ~SilencesPage() override;

    void setActiveOnly(bool activeOnly);
    // The silence on the current row; empty when none.
    QString currentSilenceId() const;
    void selectSilence(const QString &id);

    SilenceDialog *newSilence();
    SilenceDialog *editSelected();
    AuditReasonDialog *expireSelected();

    QTreeView *view() const { return m_view; }
    SilencesModel *model() const { return m_model; }
    SilenceListProxy *proxy() const { return m_proxy; }
    QString messageText() const;

private:
    void applyTheme();
    void showMessage(const QString &text, bool error);

    QPointer<AlertBook> m_book; // not owned
    SilencesModel *m_model;     // owned through QObject parent
    SilenceListProxy *m_proxy;  // owned through QObject parent
    QCheckBox *m_activeOnly;
    QCheckBox *m_showAcks;
    QLabel *m_message;
    QTreeView *m_view;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_expire;
};

} // namespace Wk
