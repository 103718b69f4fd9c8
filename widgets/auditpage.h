#pragma once

#include "models/core/clock.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Wk {

class AlertBook;
class AuditLogModel;

// The alerts audit log: who did what, to which alert, silence or window, when and why; newest
// at the bottom, followed as it grows (changes made here at once, those of other processes on a
// 10-second tick while the page is shown). A text filter narrows it to an actor, an action or an
// alert (Ctrl+F); "Export CSV…" (Ctrl+S) writes the whole log with the model's export.
class AuditPage final : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 ReloadMs = 10'000;

    // book is not owned; without its repository the page says there is no log to show.
    explicit AuditPage(AlertBook *book, QWidget *parent = nullptr);
    ~AuditPage() override;

    void reload();
    void setTextFilter(const QString &text);
    // Writes the whole log as CSV; the page says where, or why it could not.
    bool exportCsv(const QString &path);
    // Asks for a file (without blocking) and exports to it.
    void chooseExportFile();

    QTreeView *view() const { return m_view; }
    AuditLogModel *model() const { return m_model; }
    QString messageText() const;

Q_SIGNALS:
    void exported(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyTheme();
    void showMessage(const QString &text, bool error);
    void scheduleReload();

    QPointer<AlertBook> m_book;       // not owned
    AuditLogModel *m_model = nullptr; // owned through QObject parent; null without a repository
    QSortFilterProxyModel *m_filterModel;
    QLineEdit *m_filter;
    QLabel *m_message;
    QTreeView *m_view;
    QAction *m_export;
    Clock::TimerId m_tick = 0;
    bool m_stickToBottom = true;
};

} // namespace Wk
