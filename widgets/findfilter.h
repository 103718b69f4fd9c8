#pragma once

#include <QString>

class QLineEdit;
class QWidget;

namespace Wk {

// The text filter of a log page (the audit log, the notification deliveries): a line edit with
// a clear button, named for screen readers, that Ctrl+F anywhere on `page` focuses and selects.
QLineEdit *makeFindFilter(QWidget *page, const QString &accessibleName, const QString &placeholder);

} // namespace Wk
