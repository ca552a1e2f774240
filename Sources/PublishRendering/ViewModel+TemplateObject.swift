import PublishCore
import PublishReading
import PublishRules

// Templates look values up by name, and each view model answers from a switch over its stored
// properties, as a typed `TemplateValue`: no reflection and no casts while rendering. Keep each
// list equal to the type's stored properties (a test compares them with reflection).

extension NoticeViewModel: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "lang": lang.templateValue
        case "title": title.templateValue
        case "titleLines": titleLines.templateValue
        case "issuer": issuer.templateValue
        case "date": date.templateValue
        case "dateISO": dateISO.templateValue
        case "tags": tags.templateValue
        case "opening": BlockViewList(opening).templateValue
        case "sections": BlockViewList(sections).templateValue
        case "closing": closing.templateValue
        case "root": root.templateValue
        case "siteTitle": siteTitle.templateValue
        case "inlineCSS": inlineCSS.templateValue
        case "slug": slug.templateValue
        case "textFile": textFile.templateValue
        case "jsonFile": jsonFile.templateValue
        case "docxFile": docxFile.templateValue
        case "status": status.templateValue
        case "statusLabel": statusLabel.templateValue
        case "infoRows": infoRows.templateValue
        case "hasInfo": hasInfo.templateValue
        case "downloads": downloads.templateValue
        case "hasDownloads": hasDownloads.templateValue
        case "searchURL": searchURL.templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.InfoRowView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "label": label.templateValue
        case "value": value.templateValue
        case "dateISO": dateISO.templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.DownloadView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "href": href.templateValue
        case "label": label.templateValue
        case "kind": kind.templateValue
        case "size": size.templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.BlockView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "isSection": isSection.templateValue
        case "isItem": isItem.templateValue
        case "isHeading": isHeading.templateValue
        case "isRunIn": isRunIn.templateValue
        case "isParagraph": isParagraph.templateValue
        case "isList": isList.templateValue
        case "isQuote": isQuote.templateValue
        case "isCode": isCode.templateValue
        case "isTable": isTable.templateValue
        case "isRawText": isRawText.templateValue
        case "headingTag": headingTag.templateValue
        case "levelClass": levelClass.templateValue
        case "regionLabel": regionLabel.templateValue
        case "role": role.templateValue
        case "id": id.templateValue
        case "ordinal": ordinal.templateValue
        case "leadHTML": leadHTML.templateValue
        case "bodyHTML": bodyHTML.templateValue
        case "text": text.templateValue
        case "children": BlockViewList(children).templateValue
        case "listItems": listItems.templateValue
        case "tableHeader": tableHeader.templateValue
        case "tableRows": tableRows.templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.ListItemView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "blocks": BlockViewList(blocks).templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.RowView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "cells": cells.templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.CellView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "html": html.templateValue
        case "align": align.templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.ClosingView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "paragraphs": BlockViewList(paragraphs).templateValue
        case "disclosure": disclosure.templateValue
        case "contacts": contacts.templateValue
        case "hasContacts": hasContacts.templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.DisclosureView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "label": label.templateValue
        case "start": start.templateValue
        case "end": end.templateValue
        case "startISO": startISO.templateValue
        case "endISO": endISO.templateValue
        case "workdays": workdays.templateValue
        default: .missing
        }
    }
}

extension NoticeViewModel.ContactView: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "kind": kind.templateValue
        case "label": label.templateValue
        case "value": value.templateValue
        case "href": href.templateValue
        case "hours": hours.templateValue
        case "postcode": postcode.templateValue
        default: .missing
        }
    }
}

extension ListingViewModel: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "heading": heading.templateValue
        case "siteTitle": siteTitle.templateValue
        case "root": root.templateValue
        case "inlineCSS": inlineCSS.templateValue
        case "feedURL": feedURL.templateValue
        case "notices": notices.templateValue
        case "hasNotices": hasNotices.templateValue
        case "issuers": issuers.templateValue
        case "hasIssuers": hasIssuers.templateValue
        case "years": years.templateValue
        case "hasYears": hasYears.templateValue
        case "documentTitle": documentTitle.templateValue
        case "pagination": pagination.templateValue
        case "searchURL": searchURL.templateValue
        case "issuerFeedURL": issuerFeedURL.templateValue
        default: .missing
        }
    }
}

extension ListingViewModel.Pagination: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "number": number.templateValue
        case "count": count.templateValue
        case "previousURL": previousURL.templateValue
        case "nextURL": nextURL.templateValue
        case "pages": pages.templateValue
        default: .missing
        }
    }
}

extension ListingViewModel.PageLink: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "number": number.templateValue
        case "url": url.templateValue
        case "isCurrent": isCurrent.templateValue
        default: .missing
        }
    }
}

extension SearchViewModel: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "siteTitle": siteTitle.templateValue
        case "root": root.templateValue
        case "inlineCSS": inlineCSS.templateValue
        case "searchURL": searchURL.templateValue
        case "documentTitle": documentTitle.templateValue
        default: .missing
        }
    }
}

extension ListingViewModel.Entry: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "title": title.templateValue
        case "issuer": issuer.templateValue
        case "date": date.templateValue
        case "dateISO": dateISO.templateValue
        case "url": url.templateValue
        case "status": status.templateValue
        case "statusLabel": statusLabel.templateValue
        case "isDraft": isDraft.templateValue
        default: .missing
        }
    }
}

extension ListingViewModel.Group: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "name": self.name.templateValue
        case "url": url.templateValue
        case "count": count.templateValue
        default: .missing
        }
    }
}

extension ListingViewModel.YearGroup: TemplateObject {
    public func value(named name: String) -> TemplateValue {
        switch name {
        case "year": year.templateValue
        case "url": url.templateValue
        case "count": count.templateValue
        default: .missing
        }
    }
}
