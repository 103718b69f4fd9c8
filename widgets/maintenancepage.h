#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QTreeView;

namespace Wk {

class AlertBook;
class AuditReasonDialog;
class MaintenanceDialog;
class MaintenanceListProxy;
class MaintenanceModel;

// The maintenance windows of the book: name, schedule (▲ when it departs from the guide), in
// force / next occurrence / over, scope, how many alerts each suppresses now, who and why. The
// guide's rule that critical alerts are never suppressed is stated above the list. Actions: new
// (N), edit (E or Enter), remove with a reason (Delete). Dialogs open without blocking.
class MaintenancePage final : public QWidget
{
    Q_OBJECT
public:
    // book is not owned.
    explicit MaintenancePage(AlertBook *book, QWidget *parent = nullptr);
    ~MaintenancePage() override;

    qint64 currentWindowId() const; // 0 when none
    void selectWindow(qint64 id);

    MaintenanceDialog *newWindow();
    MaintenanceDialog *editSelected();
    AuditReasonDialog *removeSelected();

    QTreeView *view() const { return m_view; }
    MaintenanceModel *model() const { return m_model; }
    QString messageText() const;

private:
    void applyTheme();
    void showMessage(const QString &text, bool error);
    MaintenanceDialog *openDialog(qint64 editId);

    QPointer<AlertBook> m_book;    // not owned
    MaintenanceModel *m_model;     // owned through QObject parent
    MaintenanceListProxy *m_proxy; // owned through QObject parent
    QLabel *m_rule;
    QLabel *m_message;
    QTreeView *m_view;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_remove;
};

} // namespace Wk
