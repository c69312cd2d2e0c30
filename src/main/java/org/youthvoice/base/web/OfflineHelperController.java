package org.youthvoice.base.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service worker that keeps a survey working with no signal once it has been opened (design note 0020). It is
 * served from the survey pages' folder so that it may answer for them, and never kept by the browser's HTTP cache,
 * so a new version reaches phones at their next visit.
 */
@RestController
class OfflineHelperController {

    private final YoungAssets assets;

    OfflineHelperController(YoungAssets assets) {
        this.assets = assets;
    }

    @GetMapping(YoungAssets.SERVICE_WORKER_PATH)
    ResponseEntity<String> serviceWorker() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
                .body(assets.serviceWorker());
    }
}
