#include "Scenario.h"

namespace {
QStringList tidyList(const QStringList& values)
{
    QStringList tidy;
    for (const QString& value : values) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty() && !tidy.contains(trimmed))
            tidy << trimmed;
    }
    tidy.sort();
    return tidy;
}
} // namespace

void Scenario::tidy()
{
    code = code.trimmed();
    channel = channel.trimmed();
    gender = gender.trimmed();
    QMap<QString, Text> kept;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        // A script keeps its inner line breaks and indentation; only the ends are trimmed.
        const Text text{it->title.trimmed(), it->script.trimmed()};
        if (!text.title.isEmpty() || !text.script.isEmpty())
            kept.insert(it.key().trimmed(), text);
    }
    texts = kept;
    languages = tidyList(languages);
    tags = tidyList(tags);
}
