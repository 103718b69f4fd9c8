#include "widgets/auditpage.h"
#include "widgets/findfilter.h"

#include "models/alerts/alertbook.h"
#include "models/alerts/auditlogmodel.h"
#include "models/alerts/silencestore.h"
#include "widgets/findfilter.h"
#include "widgets/thememanager.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Wk {

AuditPage::AuditPage(AlertBook *book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_filterModel(new QSortFilterProxyModel(this))
{
    setAccessibleName(tr("Audit log"));
    if (book && book->repository())
        m_model = new AuditLogModel(book->repository(), 10'000, this);
    if (m_model)
        m_filterModel->setSourceModel(m_model);
    m_filterModel->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filterModel->setFilterKeyColumn(-1);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_filter = makeFindFilter(this, tr("Audit filter"),
                              tr("Filter by who, action, alert or reason (Ctrl+F)"));
    connect(m_filter, &QLineEdit::textChanged, this, &AuditPage::setTextFilter);
    bar->addWidget(m_filter, 1);

    m_export = new QAction(tr("Export CSV…"), this);
    m_export->setShortcut(QKeySequence::Save);
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setToolTip(tr("Write the whole audit log to a CSV file (%1)")
                             .arg(m_export->shortcut().toString(QKeySequence::NativeText)));
    m_export->setEnabled(m_model != nullptr);
    addAction(m_export);
    connect(m_export, &QAction::triggered, this, &AuditPage::chooseExportFile);
    auto *exportButton = new QToolButton(this);
    exportButton->setDefaultAction(m_export);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    exportButton->setAccessibleName(tr("Export CSV"));
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_view = new QTreeView(this);
    m_view->setAccessibleName(tr("Audit entries"));
    m_view->setModel(m_filterModel);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The short columns fit their contents (the view measures the rows in sight); what was done
    // gets a readable width of its own and why takes the rest.
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (m_model)
        header->setSectionResizeMode(AuditLogModel::DetailsColumn, QHeaderView::Interactive);
    layout->addWidget(m_view, 1);

    // Follow the log as it grows, unless the reader scrolled up to look at something.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_stickToBottom = value >= m_view->verticalScrollBar()->maximum();
    });
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_stickToBottom)
            m_view->scrollToBottom();
    });

    if (!m_model)
        showMessage(tr("This session keeps no database, so there is no audit log to show."), false);
    if (book) {
        // Every change made in this process writes its audit line before these signals.
        connect(book, &AlertBook::acknowledged, this, &AuditPage::reload);
        connect(book, &AlertBook::unacknowledged, this, &AuditPage::reload);
        connect(book, &AlertBook::maintenanceWindowsChanged, this, &AuditPage::reload);
        if (book->silenceStore())
            connect(book->silenceStore(), &SilenceStore::silencesChanged, this, &AuditPage::reload);
    }
    applyTheme();
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this, &AuditPage::applyTheme);
    if (m_model)
        m_view->scrollToBottom();
}

AuditPage::~AuditPage()
{
    if (m_tick && m_book)
        m_book->clock()->cancel(m_tick);
}

void AuditPage::applyTheme()
{
    const Theme &theme = ThemeManager::current();
    setFont(theme.font(theme.normalPt));
    layout()->setSpacing(theme.spacing);
    if (m_model)
        m_view->header()->resizeSection(AuditLogModel::DetailsColumn,
                                        QFontMetrics(font()).averageCharWidth() * 60);
}

void AuditPage::showMessage(const QString &text, bool error)
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

QString AuditPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AuditPage::reload()
{
    if (!m_model)
        return;
    if (const std::optional<Error> e = m_model->reload())
        showMessage(tr("The audit log could not be read: %1").arg(e->toString()), true);
}

void AuditPage::setTextFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here
    m_filterModel->setFilterFixedString(text.trimmed());
}

bool AuditPage::exportCsv(const QString &path)
{
    if (!m_book || !m_book->repository())
        return false;
    if (const std::optional<Error> e = AuditLogModel::exportCsv(m_book->repository(), path)) {
        showMessage(tr("The audit log was not exported: %1").arg(e->toString()), true);
        return false;
    }
    showMessage(tr("The audit log was exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    Q_EMIT exported(path);
    return true;
}

void AuditPage::chooseExportFile()
{
    if (!m_model)
        return;
    auto *dialog = new QFileDialog(this, tr("Export the audit log"), QDir::homePath(),
                                   tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("watchkeeper-audit.csv"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportCsv(path); });
    dialog->open();
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
    scheduleReload();
}

void AuditPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_tick && m_book)
        m_book->clock()->cancel(m_tick);
    m_tick = 0;
}

void AuditPage::scheduleReload()
{
    if (m_tick || !m_book || !m_model || !isVisible())
        return;
    m_tick = m_book->clock()->callAfter(ReloadMs, this, [this] {
        m_tick = 0;
        reload();
        scheduleReload();
    });
}

} // namespace Wk
