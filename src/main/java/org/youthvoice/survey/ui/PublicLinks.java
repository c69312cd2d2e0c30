package org.youthvoice.survey.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/** The link young people open, made from the address the officer is using the app at. */
final class PublicLinks {

    private PublicLinks() {
    }

    static String survey(String slug) {
        return base() + "/s/" + slug;
    }

    private static String base() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        int port = request.getServerPort();
        boolean usual = (request.getScheme().equals("http") && port == 80)
                || (request.getScheme().equals("https") && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (usual ? "" : ":" + port)
                + request.getContextPath();
    }
}
