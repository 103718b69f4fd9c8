#include "translation.h"

#include "models/config/userconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>
#include <QTranslator>

#include <memory>

namespace Wk::Translation {

namespace {

const QString catalogDir = QStringLiteral(":/i18n");

struct Installed
{
    std::unique_ptr<QTranslator> program;
    std::unique_ptr<QTranslator> qt;
    QString code = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

bool isLangOption(const QString &a)
{
    return a == u"--lang" || a.startsWith(u"--lang=");
}

} // namespace

QString requested(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--lang")
            return arguments.value(i + 1);
        if (a.startsWith(u"--lang="))
            return a.mid(7);
    }
    return {};
}

QStringList withoutLang(const QStringList &arguments)
{
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang") {
            ++i; // and its value
            continue;
        }
        if (!isLangOption(arguments.at(i)))
            out << arguments.at(i);
    }
    return out;
}

QStringList available()
{
    QStringList codes{QStringLiteral("en")};
    static const QRegularExpression re(QStringLiteral("^watchkeeper_([A-Za-z_]+)\\.qm$"));
    const QStringList files =
        QDir(catalogDir).entryList({QStringLiteral("watchkeeper_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto m = re.match(file);
        if (m.hasMatch() && !codes.contains(m.captured(1)))
            codes << m.captured(1);
    }
    return codes;
}

Result<QString> install(const QString &code)
{
    QLocale locale = QLocale::system();
    if (!code.isEmpty()) {
        const QStringList codes = available();
        // "de", "de_DE", "de-AT" all choose the German catalog.
        const QString language = code.section(QRegularExpression(QStringLiteral("[_.@-]")), 0, 0);
        if (!codes.contains(language)) {
            return Error(QCoreApplication::translate("Wk::Translation",
                                                     "no translation for \"%1\"; available: %2")
                             .arg(code, codes.join(QStringLiteral(", "))));
        }
        locale = QLocale(code);
    }

    Installed &state = installed();
    for (auto *t : {state.program.get(), state.qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    state.program = std::make_unique<QTranslator>();
    state.qt = std::make_unique<QTranslator>();

    // The locale's catalog, or the English one (it holds the plural forms: "1 alert").
    state.code = QStringLiteral("en");
    if (state.program->load(locale, QStringLiteral("watchkeeper"), QStringLiteral("_"),
                            catalogDir)) {
        state.code = QFileInfo(state.program->filePath())
                         .completeBaseName()
                         .mid(QStringLiteral("watchkeeper_").size());
    } else {
        // Numbers and dates still follow the locale: a French desktop reads "1 234,5".
        const bool englishLoaded =
            state.program->load(QStringLiteral("watchkeeper_en"), catalogDir);
        Q_UNUSED(englishLoaded) // without it, plural forms read "alert(s)"
    }
    QCoreApplication::installTranslator(state.program.get());
    if (state.qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(state.qt.get());
    QLocale::setDefault(locale);
    return state.code;
}

Result<QString> installForStart(const QStringList &arguments, const QString &userSetting)
{
    const QString asked = requested(arguments);
    if (!asked.isEmpty() || arguments.contains(QStringLiteral("--lang"))) {
        if (asked.isEmpty() || asked.startsWith(u'-'))
            return Error(QCoreApplication::translate("Wk::Translation",
                                                     "--lang needs a language code, e.g. de"));
        return install(asked);
    }
    if (!userSetting.isEmpty()) {
        if (auto chosen = install(userSetting))
            return chosen;
    }
    return install(QString());
}

bool installForProgram(QTextStream &err)
{
    const auto language = installForStart(QCoreApplication::arguments(), UserConfig().language());
    if (!language) {
        err << QStringLiteral("watchkeeper: --lang: %1").arg(language.error().toString())
            << Qt::endl;
    }
    return language.ok();
}

QString current()
{
    return installed().code;
}

} // namespace Wk::Translation
