#include "widgets/statusgridview.h"

#include "widgets/statustiledelegate.h"
#include "widgets/thememanager.h"

#include <QScrollBar>
#include <QStyle>

namespace Wk {

StatusGridView::StatusGridView(QWidget *parent)
    : QListView(parent)
    , m_clock(SystemClock::instance())
{
    m_delegate = new StatusTileDelegate([this] { return m_clock->nowMs(); }, this);
    setItemDelegate(m_delegate);
    setViewMode(QListView::ListMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setMovement(QListView::Static);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Health checks"));
    connect(ThemeManager::instance(), &ThemeManager::themeChanged, this,
            &StatusGridView::applyTheme);
    applyTheme();
}

StatusGridView::~StatusGridView()
{
    stopTick();
}

void StatusGridView::setClock(Clock *clock)
{
    const bool ticking = m_tick != 0;
    stopTick();
    m_clock = clock ? clock : SystemClock::instance();
    if (ticking)
        scheduleTick();
    viewport()->update();
}

void StatusGridView::setStaleAfterMs(qint64 ms)
{
    m_delegate->setStaleAfterMs(ms);
    viewport()->update();
}

QStringList StatusGridView::tileLines(int row) const
{
    if (!model() || row < 0 || row >= model()->rowCount(rootIndex()))
        return {};
    return m_delegate->tileLines(model()->index(row, modelColumn(), rootIndex()));
}

QSize StatusGridView::tileSize() const
{
    return QSize(m_delegate->tileWidth(), m_delegate->tileHeight());
}

void StatusGridView::applyTheme()
{
    const Theme &th = ThemeManager::current();
    QPalette pal = palette();
    pal.setColor(QPalette::Base, th.window);
    pal.setColor(QPalette::Window, th.window);
    pal.setColor(QPalette::Text, th.text);
    pal.setColor(QPalette::Highlight, th.accent);
    setPalette(pal);
    setSpacing(th.spacing / 2);
    relayoutTiles();
    scheduleDelayedItemsLayout(); // tile heights follow the type sizes
}

void StatusGridView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QListView::setModel(model);
    if (model) {
        // How many tiles there are decides how much each can say.
        connect(model, &QAbstractItemModel::rowsInserted, this, &StatusGridView::relayoutTiles);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &StatusGridView::relayoutTiles);
        connect(model, &QAbstractItemModel::modelReset, this, &StatusGridView::relayoutTiles);
    }
    relayoutTiles();
}

void StatusGridView::relayoutTiles()
{
    const Theme &th = ThemeManager::current();
    // QListView puts spacing() around every item: a tile takes width + 2 * spacing.
    const int gap = 2 * spacing();
    // QListView lays out within the viewport less a scroll bar's width whenever the bar may
    // appear, shown or not; tiles must fit that.
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
    const int avail = std::max(1, maximumViewportSize().width() - bar - 1);
    const int height = maximumViewportSize().height();
    const int tiles = model() ? model()->rowCount(rootIndex()) : 0;
    // The most detail with which every tile is seen without scrolling; the least when none.
    using Detail = StatusTileDelegate::Detail;
    Detail detail = Detail::Minimal;
    int minWidth = th.tileWidth / 2;
    for (const auto &[d, w] :
         {std::pair{Detail::Full, th.tileWidth}, std::pair{Detail::Brief, th.tileWidth * 3 / 4},
          std::pair{Detail::Minimal, th.tileWidth / 2}}) {
        const int columns = std::max(1, avail / (w + gap));
        const int rows = (tiles + columns - 1) / columns;
        if (rows * (m_delegate->tileHeight(d) + gap) <= height || tiles == 0) {
            detail = d;
            minWidth = w;
            break;
        }
    }
    // Smaller tiles: as few columns as still show every row, so names are cut the least.
    const int maxColumns = std::max(1, avail / (minWidth + gap));
    const int tileHeight = m_delegate->tileHeight(detail) + gap;
    m_columns = maxColumns;
    for (int c = 1; c < maxColumns && tiles > 0 && detail != Detail::Full; ++c) {
        if ((tiles + c - 1) / c * tileHeight <= height) {
            m_columns = c;
            break;
        }
    }
    const int width = std::max(minWidth / 2, avail / m_columns - gap);
    if (width != m_delegate->tileWidth() || detail != m_delegate->detail()) {
        m_delegate->setTileWidth(width);
        m_delegate->setDetail(detail);
        scheduleDelayedItemsLayout();
        viewport()->update();
    }
}

void StatusGridView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    relayoutTiles();
}

void StatusGridView::showEvent(QShowEvent *event)
{
    QListView::showEvent(event);
    scheduleTick();
}

void StatusGridView::hideEvent(QHideEvent *event)
{
    QListView::hideEvent(event);
    stopTick();
}

void StatusGridView::scheduleTick()
{
    if (m_tick != 0 || !isVisible())
        return;
    // Ages are shown in whole seconds: repaint at the next second boundary.
    const qint64 now = m_clock->nowMs();
    const qint64 next = (now / 1000 + 1) * 1000;
    m_tick = m_clock->callAt(next, this, [this] {
        m_tick = 0;
        if (!isVisible())
            return;
        viewport()->update();
        scheduleTick();
    });
}

void StatusGridView::stopTick()
{
    if (m_tick != 0) {
        m_clock->cancel(m_tick);
        m_tick = 0;
    }
}

} // namespace Wk
