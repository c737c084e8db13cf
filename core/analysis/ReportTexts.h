#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>
#include <memory>

// The texts of charts and reports in the programme's report language, whatever language the
// interface speaks: an analyst in Riga may build a Polish client's charts. Sources are marked
// with QT_TRANSLATE_NOOP("ReportTexts", ...) and read through the report language's translator.
class ReportTexts
{
public:
    explicit ReportTexts(const QString& language = QStringLiteral("en"));

    QString text(const char* source, int n = -1) const;
    const QLocale& locale() const { return m_locale; }
    QString language() const { return m_language; }
    // A number as the report's locale writes it ("72,5" in Latvian and Polish).
    QString number(double value, int decimals = 1) const;

private:
    QString m_language;
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_translator;
};
