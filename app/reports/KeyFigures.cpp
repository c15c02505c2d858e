#include "reports/KeyFigures.h"

namespace Madoguchi {

std::optional<double> KeyFigureChange::change() const
{
    if (!current || !previous)
        return std::nullopt;
    return *current - *previous;
}

std::optional<bool> KeyFigureChange::higherIsBetter(KeyFigure figure)
{
    switch (figure) {
    case KeyFigure::Received: return std::nullopt;
    case KeyFigure::OnTimePercent: return true;
    case KeyFigure::MedianMinutes:
    case KeyFigure::P90Minutes:
    case KeyFigure::AnsweredLate:
    case KeyFigure::OpenOverdue: return false;
    }
    return std::nullopt;
}

QList<KeyFigure> KeyFigures::all()
{
    return {KeyFigure::Received,   KeyFigure::OnTimePercent, KeyFigure::MedianMinutes,
            KeyFigure::P90Minutes, KeyFigure::AnsweredLate,  KeyFigure::OpenOverdue};
}

std::optional<double> KeyFigures::value(KeyFigure figure, const ReportFigures &figures)
{
    switch (figure) {
    case KeyFigure::Received: return figures.received;
    case KeyFigure::OnTimePercent: return figures.compliancePercent();
    case KeyFigure::MedianMinutes:
        return figures.perMessage.isEmpty() ? std::nullopt : std::optional<double>(double(figures.perMessage.median));
    case KeyFigure::P90Minutes:
        return figures.perMessage.isEmpty() ? std::nullopt : std::optional<double>(double(figures.perMessage.p90));
    case KeyFigure::AnsweredLate: return figures.answeredLate;
    case KeyFigure::OpenOverdue: return figures.openOverdue;
    }
    return std::nullopt;
}

QList<KeyFigureChange> KeyFigures::compare(const ReportFigures &current, const ReportFigures &previous)
{
    QList<KeyFigureChange> result;
    for (KeyFigure figure : all())
        result.append({figure, value(figure, current), value(figure, previous)});
    return result;
}

const char *KeyFigures::columnKey(KeyFigure figure)
{
    switch (figure) {
    case KeyFigure::Received: return "received";
    case KeyFigure::OnTimePercent: return "compliance_pct";
    case KeyFigure::MedianMinutes: return "message_median_min";
    case KeyFigure::P90Minutes: return "message_p90_min";
    case KeyFigure::AnsweredLate: return "answered_late";
    case KeyFigure::OpenOverdue: return "open_overdue";
    }
    return "";
}

} // namespace Madoguchi
