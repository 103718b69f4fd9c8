#include "expositioncheck.h"

#include "expositionpage.h"
#include "expositionparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace Wk {

ExpositionFormat detectExpositionFormat(QByteArrayView page, const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".om.txt")) || fileName.endsWith(QLatin1String(".om")))
        return ExpositionFormat::OpenMetrics;
    QByteArrayView text = page;
    if (text.endsWith('\n'))
        text.chop(1);
    const qsizetype lastNewline = text.lastIndexOf('\n');
    const QByteArrayView lastLine = lastNewline < 0 ? text : text.sliced(lastNewline + 1);
    return lastLine == QByteArrayView("# EOF") ? ExpositionFormat::OpenMetrics
                                               : ExpositionFormat::PrometheusText;
}

int runMetricsCheck(QIODevice &input, const QString &displayName, QTextStream &out,
                    QTextStream &err, const MetricsCheckOptions &options)
{
    const QByteArray page = input.readAll();
    const ExpositionFormat format =
        options.format ? *options.format : detectExpositionFormat(page, displayName);
    const Result<ExpositionPage> result = parseExpositionPage(page, format, options.validation);
    if (!result) {
        Error error = result.error();
        error.file = displayName;
        err << error.toString() << Qt::endl;
        return 1;
    }
    const ExpositionPage &parsed = result.value();
    out << QCoreApplication::translate("Wk::MetricsCheck",
                                       "%1: %2: families %3, series %4, samples %5")
               .arg(displayName, expositionFormatName(format))
               .arg(parsed.families.size())
               .arg(parsed.seriesCount())
               .arg(parsed.samples.size())
        << Qt::endl;
    return 0;
}

int runMetricsCheck(const QString &pathOrDash, QTextStream &out, QTextStream &err,
                    const MetricsCheckOptions &options)
{
    QFile file;
    QString displayName = pathOrDash;
    bool opened;
    if (pathOrDash == QLatin1String("-")) {
        displayName = QStringLiteral("<stdin>");
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(pathOrDash);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        err << QCoreApplication::translate("Wk::MetricsCheck", "%1: cannot read: %2")
                   .arg(displayName, file.errorString())
            << Qt::endl;
        return 1;
    }
    return runMetricsCheck(file, displayName, out, err, options);
}

} // namespace Wk
