#include "widgets/findfilter.h"

#include <QAction>
#include <QLineEdit>
#include <QWidget>

namespace Wk {

QLineEdit *makeFindFilter(QWidget *page, const QString &accessibleName, const QString &placeholder)
{
    auto *filter = new QLineEdit(page);
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(accessibleName);
    filter->setPlaceholderText(placeholder);
    auto *find = new QAction(page);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(find);
    QObject::connect(find, &QAction::triggered, filter, [filter] {
        filter->setFocus(Qt::ShortcutFocusReason);
        filter->selectAll();
    });
    return filter;
}

} // namespace Wk
