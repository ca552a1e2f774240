import Mustache
import PublishCore
import PublishReading
import PublishRules

// Templates look values up by name. Answering from a switch instead of through reflection (what
// swift-mustache does for other types) makes rendering several times faster; keep each list equal
// to the type's stored properties (a test compares them with reflection).

extension NoticeViewModel: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "lang": lang
        case "title": title
        case "titleLines": titleLines
        case "issuer": issuer
        case "date": date
        case "dateISO": dateISO
        case "tags": tags
        case "opening": opening
        case "sections": sections
        case "closing": closing
        case "root": root
        case "siteTitle": siteTitle
        case "inlineCSS": inlineCSS
        case "slug": slug
        case "textFile": textFile
        case "jsonFile": jsonFile
        case "docxFile": docxFile
        case "status": status
        case "statusLabel": statusLabel
        case "infoRows": infoRows
        case "hasInfo": hasInfo
        case "downloads": downloads
        case "hasDownloads": hasDownloads
        case "searchURL": searchURL
        default: nil
        }
    }
}

extension NoticeViewModel.InfoRowView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        case "dateISO": dateISO
        default: nil
        }
    }
}

extension NoticeViewModel.DownloadView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "label": label
        case "kind": kind
        case "size": size
        default: nil
        }
    }
}

extension NoticeViewModel.BlockView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "isSection": isSection
        case "isItem": isItem
        case "isHeading": isHeading
        case "isRunIn": isRunIn
        case "isParagraph": isParagraph
        case "isList": isList
        case "isQuote": isQuote
        case "isCode": isCode
        case "isTable": isTable
        case "isRawText": isRawText
        case "headingTag": headingTag
        case "levelClass": levelClass
        case "regionLabel": regionLabel
        case "role": role
        case "id": id
        case "ordinal": ordinal
        case "leadHTML": leadHTML
        case "bodyHTML": bodyHTML
        case "text": text
        case "children": children
        case "listItems": listItems
        case "tableHeader": tableHeader
        case "tableRows": tableRows
        default: nil
        }
    }
}

extension NoticeViewModel.ListItemView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "blocks": blocks
        default: nil
        }
    }
}

extension NoticeViewModel.RowView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "cells": cells
        default: nil
        }
    }
}

extension NoticeViewModel.CellView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "html": html
        case "align": align
        default: nil
        }
    }
}

extension NoticeViewModel.ClosingView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "paragraphs": paragraphs
        case "disclosure": disclosure
        case "contacts": contacts
        case "hasContacts": hasContacts
        default: nil
        }
    }
}

extension NoticeViewModel.DisclosureView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "start": start
        case "end": end
        case "startISO": startISO
        case "endISO": endISO
        case "workdays": workdays
        default: nil
        }
    }
}

extension NoticeViewModel.ContactView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "label": label
        case "value": value
        case "href": href
        case "hours": hours
        case "postcode": postcode
        default: nil
        }
    }
}

extension ListingViewModel: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "siteTitle": siteTitle
        case "root": root
        case "inlineCSS": inlineCSS
        case "feedURL": feedURL
        case "notices": notices
        case "hasNotices": hasNotices
        case "issuers": issuers
        case "hasIssuers": hasIssuers
        case "years": years
        case "hasYears": hasYears
        case "documentTitle": documentTitle
        case "pagination": pagination
        case "searchURL": searchURL
        case "issuerFeedURL": issuerFeedURL
        default: nil
        }
    }
}

extension ListingViewModel.Pagination: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "count": count
        case "previousURL": previousURL
        case "nextURL": nextURL
        case "pages": pages
        default: nil
        }
    }
}

extension ListingViewModel.PageLink: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "url": url
        case "isCurrent": isCurrent
        default: nil
        }
    }
}

extension SearchViewModel: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "siteTitle": siteTitle
        case "root": root
        case "inlineCSS": inlineCSS
        case "searchURL": searchURL
        case "documentTitle": documentTitle
        default: nil
        }
    }
}

extension ListingViewModel.Entry: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "issuer": issuer
        case "date": date
        case "dateISO": dateISO
        case "url": url
        case "status": status
        case "statusLabel": statusLabel
        case "isDraft": isDraft
        default: nil
        }
    }
}

extension ListingViewModel.Group: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": url
        case "count": count
        default: nil
        }
    }
}

extension ListingViewModel.YearGroup: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "year": year
        case "url": url
        case "count": count
        default: nil
        }
    }
}
