#include "ImportFieldTable.h"

QStringList ImportFieldTable::keys() const
{
    QStringList keys;
    for (int field = 0; field < count(); ++field)
        keys << key(field);
    return keys;
}

std::optional<int> ImportFieldTable::fromKey(const QString& key) const
{
    for (int field = 0; field < count(); ++field)
        if (key == QLatin1String(m_fields[size_t(field)].key))
            return field;
    return std::nullopt;
}

ImportFieldTable::Mapping ImportFieldTable::guess(const QStringList& header) const
{
    std::vector<QStringList> aliases;
    aliases.reserve(m_fields.size());
    for (const Field& field : m_fields)
        aliases.push_back(QString::fromUtf8(field.aliases).split(QLatin1Char('|')) << QString::fromLatin1(field.key));
    Mapping mapping;
    for (qsizetype column = 0; column < header.size(); ++column) {
        const QString name = header[column].trimmed().toLower().remove(QLatin1Char('*'));
        for (int field = 0; field < count(); ++field) {
            if (!mapping.contains(field) && aliases[size_t(field)].contains(name)) {
                mapping.insert(field, column);
                break;
            }
        }
    }
    return mapping;
}
