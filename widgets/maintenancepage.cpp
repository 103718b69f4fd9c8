#include "widgets/maintenancepage.h"

#include "models/alerts/alertbook.h"
#include "models/alerts/maintenancemodel.h"
#include "widgets/auditreasondialog.h"
#include "widgets/maintenancedialog.h"
#include "widgets/maintenancelistproxy.h"
#include "widgets/thememanager.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Wk {

MaintenancePage::MaintenancePage(AlertBook *book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_model(new MaintenanceModel(book, this))
    , m_proxy(new MaintenanceListProxy(this))
{
    setAccessibleName(tr("Maintenance windows"));
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    const auto makeAction = [this, &bar](const QString &text, const QList<QKeySequence> &keys,
                                         const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2)").arg(tip, keys.first().toString(QKeySequence::NativeText)));
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(text);
        bar->addWidget(button);
        return action;
    };
    m_new = makeAction(tr("New window…"), {QKeySequence(Qt::Key_N), QKeySequence::New},
                       tr("Plan a maintenance window"));
    m_edit = makeAction(tr("Edit…"), {QKeySequence(Qt::Key_E)},
                        tr("Edit the selected maintenance window"));
    m_remove = makeAction(tr("Remove…"), {QKeySequence(Qt::Key_Delete)},
                          tr("Remove the selected maintenance window, with a reason"));
    connect(m_new, &QAction::triggered, this, [this] { newWindow(); });
    connect(m_edit, &QAction::triggered, this, [this] { editSelected(); });
    connect(m_remove, &QAction::triggered, this, [this] { removeSelected(); });
    bar->addStretch(1);
    layout->addLayout(bar);

    m_rule = new QLabel(Theme::statusGlyph(HealthStatus::Unhealthy) + u' ' +
                            MaintenanceDialog::criticalText() + u' ' +
                            tr("The guide plans windows of 2 to 4 hours."),
                        this);
    m_rule->setWordWrap(true);
    m_rule->setAccessibleName(tr("Maintenance rules"));
    layout->addWidget(m_rule);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    m_view = new QTreeView(this);
    m_view->setAccessibleName(tr("Maintenance window list"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    connect(m_view, &QTreeView::activated, this, [this] { editSelected(); });
    layout->addWidget(m_view, 1);

    applyTheme();
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this,
            &MaintenancePage::applyTheme);
}

MaintenancePage::~MaintenancePage() = default;

void MaintenancePage::applyTheme()
{
    const Theme &theme = ThemeManager::current();
    setFont(theme.font(theme.normalPt));
    QPalette muted = m_rule->palette();
    muted.setColor(QPalette::WindowText, theme.textMuted);
    m_rule->setPalette(muted);
    layout()->setSpacing(theme.spacing);
}

void MaintenancePage::showMessage(const QString &text, bool error)
{
    const Theme &theme = ThemeManager::current();
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText, error ? theme.unhealthy : theme.text);
    m_message->setPalette(pal);
    m_message->setText(text.isEmpty() || !error
                           ? text
                           : Theme::statusGlyph(HealthStatus::Unhealthy) + u' ' + text);
    m_message->setVisible(!text.isEmpty());
}

QString MaintenancePage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

qint64 MaintenancePage::currentWindowId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid()
               ? current.siblingAtColumn(0).data(MaintenanceModel::IdRole).toLongLong()
               : 0;
}

void MaintenancePage::selectWindow(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

MaintenanceDialog *MaintenancePage::openDialog(qint64 editId)
{
    auto *dialog = new MaintenanceDialog(m_book, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (editId) {
        const std::optional<MaintenanceWindow> w = m_book->maintenanceWindow(editId);
        if (w)
            dialog->setWindow(*w);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        selectWindow(dialog->savedWindow().id);
        m_view->setFocus();
    });
    dialog->open();
    return dialog;
}

MaintenanceDialog *MaintenancePage::newWindow()
{
    if (!m_book)
        return nullptr;
    showMessage({}, false);
    return openDialog(0);
}

MaintenanceDialog *MaintenancePage::editSelected()
{
    if (!m_book)
        return nullptr;
    const qint64 id = currentWindowId();
    if (!id || !m_book->maintenanceWindow(id)) {
        showMessage(tr("Select a maintenance window to edit."), false);
        return nullptr;
    }
    showMessage({}, false);
    return openDialog(id);
}

AuditReasonDialog *MaintenancePage::removeSelected()
{
    if (!m_book)
        return nullptr;
    const qint64 id = currentWindowId();
    const std::optional<MaintenanceWindow> w = id ? m_book->maintenanceWindow(id) : std::nullopt;
    if (!w) {
        showMessage(tr("Select a maintenance window to remove."), false);
        return nullptr;
    }
    showMessage({}, false);
    QPointer<AlertBook> book = m_book;
    auto *dialog = new AuditReasonDialog(
        tr("Remove maintenance window"),
        tr("Remove \"%1\" (%2)? Alerts it suppresses will notify again.")
            .arg(w->name, w->scheduleText()),
        tr("Remove"),
        [book, id](const QString &reason, AuditReasonDialog::Done done) {
            done(book ? book->removeMaintenanceWindow(id, reason)
                      : std::optional<Error>(Error(tr("the alert book is gone"))));
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { m_view->setFocus(); });
    dialog->open();
    return dialog;
}

} // namespace Wk
