#pragma once

#include "models/core/result.h"

#include <QString>
#include <QStringList>

class QTextStream;

namespace Wk::Translation {

// The language asked for on the command line (--lang CODE or --lang=CODE), or empty.
QString requested(const QStringList &arguments);
// The arguments without --lang and its value (for subcommands that parse their own options).
QStringList withoutLang(const QStringList &arguments);

// The codes that have a catalog (":/i18n/watchkeeper_<code>.qm"), English first.
QStringList available();

// Chooses the language: `code` if given (an unknown code is an Error naming the available
// ones), else the system locale's. Installs the program's translator and Qt's own (buttons,
// standard dialogs) on the application, and makes the locale the default so dates, numbers and
// durations follow it. Returns the code in use ("de", "es", "en"). Call again to switch.
Result<QString> install(const QString &code);

// At program start: --lang from `arguments` if given (an unknown code is the Error), else the
// user's setting (ignored when no longer available), else the system locale.
Result<QString> installForStart(const QStringList &arguments, const QString &userSetting);

// installForStart for a program's main(): the application's arguments and the user's setting;
// an unusable --lang is said on `err` ("watchkeeper: --lang: ...") and gives false (exit 2).
bool installForProgram(QTextStream &err);

// The code in use after install(); "en" before.
QString current();

} // namespace Wk::Translation
