"""A user's script touching every public entry point of huaweicloud-ocr: type-checked, never run.

tests/test_typed_as_installed.py checks it with `mypy --strict` against the package installed
from a freshly built wheel, not against src/ and generated/; the repo-level mypy run
(`mypy src generated tests ...`) checks it against the source tree.

Marker convention. A line that MUST fail to type-check ends with

    # type: ignore[<code>]  # expect-error

with exactly one mypy error code. The repo-level run honours the ignore (and, strict, reports it
as unused once the line stops failing). The as-installed test strips every marker from a copy of
this file and requires mypy's errors on the copy to be exactly the marked (line, code) pairs, no
more, no fewer; any other `type: ignore` here is refused, so nothing can be hidden.
`assert_type` on each operation's answer makes one that comes out as Any an error (provided
`models` itself is typed: test_installed_package_is_typed checks that).
"""

from __future__ import annotations

import asyncio
import warnings
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, assert_type

import httpx

import huaweicloud_ocr
from huaweicloud_ocr import (
    NO_RETRY,
    UNSET,
    AsyncOcrClient,
    Base64Image,
    OcrClient,
    OperationRegionWarning,
    RetryPolicy,
    Unset,
    errors,
    models,
)
from huaweicloud_ocr.auth import (
    MAX_SIGNED_BODY_BYTES,
    AkSkAuth,
    Credentials,
    IamPasswordTokenProvider,
    IamToken,
    IamTokenAuth,
    ProjectIdResolver,
    TokenAuth,
    resolve_credentials,
)
from huaweicloud_ocr.testing import LocalOcrServer, noise_png, sample_png

REGION = "ap-southeast-1"


# -- the 17 operations, synchronously ----------------------------------------------------------


def read_id_documents(ocr: OcrClient, image: Path) -> list[str | None]:
    """One call per identity-document operation, reading a few fields of each answer."""
    card = ocr.recognize_id_card(image, side="front")
    assert_type(card, models.RecognizeIdCardResponse)
    passport = ocr.recognize_passport(image, country_code="GENERAL")
    assert_type(passport, models.RecognizePassportResponse)
    confidence = passport.result.confidence
    document = ocr.recognize_id_document(
        image, country_region=["THA", "VNM"], id_type="PP", return_portrait_image=True
    )
    assert_type(document, models.RecognizeIdDocumentResponse)
    classified = ocr.recognize_auto_id_doc_classification(data=image, alarm=True)
    assert_type(classified, models.RecognizeAutoIdDocClassificationResponse)
    alarms = classified.result.alarm_result
    thai = ocr.recognize_thailand_idcard(image, side="back", return_text_location=True)
    assert_type(thai, models.RecognizeThailandIdcardResponse)
    colombia = ocr.recognize_colombia_id_card(url="https://example.com/card.jpg")
    assert_type(colombia, models.RecognizeColombiaIdCardResponse)
    cambodia = ocr.recognize_cambodian_id_card(image, detect_blur=True, detect_glare=True)
    assert_type(cambodia, models.RecognizeCambodianIdCardResponse)
    scores = cambodia.result.score_info
    myanmar = ocr.recognize_myanmar_idcard(image, return_translation=True)
    assert_type(myanmar, models.RecognizeMyanmarIdcardResponse)
    translation = myanmar.result.translation_info
    licence = ocr.recognize_myanmar_driver_license(image, convert_unicode=True)
    assert_type(licence, models.RecognizeMyanmarDriverLicenseResponse)
    chile = ocr.recognize_chile_id_card(image)
    assert_type(chile, models.RecognizeChileIdCardResponse)
    surnames: list[str] = chile.result.surname or []
    vietnam = ocr.recognize_vietnam_id_card(image, side="front", return_portrait_image=True)
    assert_type(vietnam, models.RecognizeVietnamIdCardResponse)
    peru = ocr.recognize_peru_id_card(image, enterprise_project_id="0")
    assert_type(peru, models.RecognizePeruIdCardResponse)
    birth_place: int | str | None = peru.result.birth_place
    return [
        card.result.name,
        card.result.number,
        passport.result.passport_number,
        str(confidence.passport_number) if confidence is not None else None,
        document.result.document_number,
        classified.result.type,
        str(alarms.detect_blur_result) if alarms is not None else None,
        thai.result.type,
        thai.result.id_number,
        colombia.result.last_name,
        cambodia.result.id_number,
        str(scores.blur_score) if scores is not None else None,
        myanmar.result.class_,
        translation.name_translation if translation is not None else None,
        licence.result.card_number_en,
        " ".join(surnames),
        vietnam.result.full_name,
        peru.result.cui_number,
        str(birth_place),
    ]


def read_documents(ocr: OcrClient, image: bytes) -> list[str]:
    """Text, tables, smart documents, web images and plates, reading nested optional lists."""
    page = ocr.recognize_general_text(image, detect_direction=True, language="th")
    assert_type(page, models.RecognizeGeneralTextResponse)
    words = [block.words or "" for block in page.result.words_block_list or []]
    table = ocr.recognize_general_table(Base64Image("iVBORw0KGgo="), return_excel=True)
    assert_type(table, models.RecognizeGeneralTableResponse)
    for region in table.result.words_region_list or []:
        words.append(region.type or "")
    smart = ocr.recognize_smart_document_recognizer(data=image, kv=True, language="zh")
    assert_type(smart, models.RecognizeSmartDocumentRecognizerResponse)
    for item in smart.result:
        if item.kv_result is not None and item.kv_result.kv_block_list is not None:
            words += [f"{kv.key}={kv.value}" for kv in item.kv_result.kv_block_list]
    web = ocr.recognize_web_image(image, extract_type=["contact_info", "image_size"])
    assert_type(web, models.RecognizeWebImageResponse)
    extracted = web.result.extracted_data
    if extracted is not None and extracted.contact_info is not None:
        words.append(extracted.contact_info.phone or "")
    plates = ocr.recognize_thailand_license_plate(image, extra_headers={"X-Trace": "1"})
    assert_type(plates, models.RecognizeThailandLicensePlateResponse)
    words += [plate.plate_number or "" for plate in plates.result if plate.province]
    return words


# -- the same 17, asynchronously ---------------------------------------------------------------


async def read_all_async(ocr: AsyncOcrClient, image: bytes) -> list[object]:
    card = await ocr.recognize_id_card(image, side="back")
    assert_type(card, models.RecognizeIdCardResponse)
    passport = await ocr.recognize_passport(image)
    assert_type(passport, models.RecognizePassportResponse)
    document = await ocr.recognize_id_document(image, country_region="HKG", id_type=["ID", "DL"])
    assert_type(document, models.RecognizeIdDocumentResponse)
    classified = await ocr.recognize_auto_id_doc_classification(image)
    assert_type(classified, models.RecognizeAutoIdDocClassificationResponse)
    thai = await ocr.recognize_thailand_idcard(image, return_portrait_image=True)
    assert_type(thai, models.RecognizeThailandIdcardResponse)
    colombia = await ocr.recognize_colombia_id_card(image)
    assert_type(colombia, models.RecognizeColombiaIdCardResponse)
    cambodia = await ocr.recognize_cambodian_id_card(image, return_adjusted_image=True)
    assert_type(cambodia, models.RecognizeCambodianIdCardResponse)
    myanmar = await ocr.recognize_myanmar_idcard(image, convert_unicode=False)
    assert_type(myanmar, models.RecognizeMyanmarIdcardResponse)
    licence = await ocr.recognize_myanmar_driver_license(image)
    assert_type(licence, models.RecognizeMyanmarDriverLicenseResponse)
    chile = await ocr.recognize_chile_id_card(image)
    assert_type(chile, models.RecognizeChileIdCardResponse)
    vietnam = await ocr.recognize_vietnam_id_card(image, return_text_location=True)
    assert_type(vietnam, models.RecognizeVietnamIdCardResponse)
    peru = await ocr.recognize_peru_id_card(image, return_portrait_location=True)
    assert_type(peru, models.RecognizePeruIdCardResponse)
    # Several at once: gather keeps each answer's type.
    page, table = await asyncio.gather(
        ocr.recognize_general_text(image, quick_mode=True, pdf_page_number=2),
        ocr.recognize_general_table(image, with_borders=True),
    )
    assert_type(page, models.RecognizeGeneralTextResponse)
    assert_type(table, models.RecognizeGeneralTableResponse)
    smart = await ocr.recognize_smart_document_recognizer(image, table=True, formula=True)
    assert_type(smart, models.RecognizeSmartDocumentRecognizerResponse)
    web = await ocr.recognize_web_image(url="https://example.com/shop.png", detect_font=True)
    assert_type(web, models.RecognizeWebImageResponse)
    plates = await ocr.recognize_thailand_license_plate(image)
    assert_type(plates, models.RecognizeThailandLicensePlateResponse)
    return [
        card.result.sex,
        passport.result.date_of_expiry,
        document.result.country_region,
        classified.result.confidence,
        thai.result.portrait_image,
        colombia.result.number,
        cambodia.result.adjusted_image,
        myanmar.result.nrc_id,
        licence.result.nrc_id,
        chile.result.number,
        vietnam.result.text_location,
        peru.result.portrait_location,
        page.result.words_block_count,
        table.result.words_region_count,
        [item.ocr_result for item in smart.result],
        web.result.words_block_count,
        [plate.plate_location for plate in plates.result],
    ]


# -- models, errors, retries ---------------------------------------------------------------------


def round_trip(payload: dict[str, Any]) -> dict[str, Any]:
    """Models parse JSON and give it back; unknown fields stay reachable by name."""
    page = models.RecognizeGeneralTextResponse.from_dict(payload)
    result: models.GeneralTextResult = page.result
    direction: float | None = result.direction
    if direction is not None and "new_field" in page:
        print(page["new_field"])
    unset: Unset = UNSET  # only the low-level endpoint functions still default to it
    print(unset)
    return page.to_dict()


def describe(error: errors.OcrError) -> str:
    """What a user logs for each kind of failure."""
    if isinstance(error, errors.ValidationError):
        return f"{error.field}: {error.problem} (rule: {error.rule})"
    if isinstance(error, errors.RateLimitError):
        return f"slow down after {error.attempts} attempts"
    if isinstance(error, errors.ApiError):
        status: int = error.status_code
        code: str | None = error.error_code
        return f"{status} {code} {error.error_msg} ({error.cause}; {error.solution})"
    return f"{type(error).__name__}: {error} (request {error.request_id})"


def recognize_or_report(ocr: OcrClient, image: Path) -> str:
    try:
        return ocr.recognize_passport(image).result.passport_number or ""
    except errors.RequestTooLargeError as error:
        return f"too large: {error.rule}"
    except (errors.RequestTimeoutError, errors.TransportError) as error:
        return describe(error)
    except (errors.UnauthorizedError, errors.ForbiddenError, errors.AuthenticationError) as error:
        return describe(error)
    except (errors.BadRequestError, errors.ServerError) as error:
        return describe(error)
    except (errors.CredentialsError, errors.ConfigurationError) as error:
        return describe(error)


# -- authentication and client set-up --------------------------------------------------------------


def authentications(ak: str, sk: str, token: str) -> list[httpx.Auth]:
    credentials: Credentials = resolve_credentials(ak, sk, project_id="p0", env={})
    from_profile = resolve_credentials(credentials_file=Path.home() / "credentials")
    provider = IamPasswordTokenProvider(
        username="user",
        password="...",
        domain_name="account",
        region=REGION,
        refresh_margin=timedelta(minutes=5),
    )
    issued: IamToken = provider.token()
    expires: datetime = issued.expires_at
    print(expires, issued.project_id, provider.fetch_count, MAX_SIGNED_BODY_BYTES + 1)
    resolver = ProjectIdResolver(AkSkAuth(ak, sk), REGION)
    project_id: str = resolver.resolve()
    print(project_id, credentials.project_id, from_profile.source)
    return [
        AkSkAuth(ak, sk),
        AkSkAuth(ak, sk, security_token=token),
        credentials.auth(),
        TokenAuth(token),
        IamTokenAuth(provider),
    ]


def clients(auth: httpx.Auth) -> list[OcrClient]:
    policy = RetryPolicy(max_attempts=6, deadline=30.0)
    waited: float = policy.backoff(1, retry_after="2")
    print(waited, huaweicloud_ocr.__version__)
    warnings.simplefilter("error", OperationRegionWarning)
    return [
        OcrClient(REGION, retry=policy),
        OcrClient(endpoint="https://ocr.example.com", auth=auth, project_id="p0", retry=NO_RETRY),
        OcrClient(endpoint="http://ocr.internal:8080", auth=auth, allow_insecure_http=True),
        OcrClient(REGION, ak="AK", sk="SK", resolve_project_id=True, timeout=httpx.Timeout(5.0)),
        OcrClient(REGION, token="MII...", httpx_args={"trust_env": False}),
    ]


def against_local_server() -> str | None:
    with (
        LocalOcrServer(users={("account", "user"): "password"}) as server,
        OcrClient(
            endpoint=server.url,
            ak=server.ak,
            sk=server.sk,
            project_id=server.project_id,
        ) as ocr,
    ):
        token: str = server.issue_token()
        with OcrClient(endpoint=server.url, token=token, project_id=ocr.project_id()) as by_token:
            by_token.recognize_general_text(noise_png(64, 64, seed=1))
        print(server.state.calls)
        return ocr.recognize_passport(sample_png(width=640)).result.surname


async def main_async() -> None:
    async with AsyncOcrClient(REGION, retry=NO_RETRY) as ocr:
        print(await ocr.project_id(), await read_all_async(ocr, sample_png()))


# -- mistakes a type checker must catch (see the marker convention above) ----------------------


def mistakes(ocr: OcrClient, async_ocr: AsyncOcrClient, image: Path) -> None:
    ocr.recognize_general_text(image, detect_directon=True)  # type: ignore[call-arg]  # expect-error
    ocr.recognize_id_card(image, side="middle")  # type: ignore[arg-type]  # expect-error
    ocr.recognize_general_text(image, detect_direction="yes")  # type: ignore[arg-type]  # expect-error
    ocr.recognize_web_image(image, extract_type=["address"])  # type: ignore[list-item]  # expect-error
    print(ocr.recognize_passport(image).result.pasport_number)  # type: ignore[attr-defined]  # expect-error
    page = ocr.recognize_general_text(image)
    print(len(page.result.words_block_list))  # type: ignore[arg-type]  # expect-error
    thai = ocr.recognize_thailand_idcard(image)
    print(thai.result.type_)  # type: ignore[attr-defined]  # expect-error
    print(async_ocr.recognize_passport(image).result)  # type: ignore[attr-defined]  # expect-error
    try:
        ocr.recognize_passport(image)
    except errors.ApiError as error:
        print(error.status)  # type: ignore[attr-defined]  # expect-error
    OcrClient(REGION, retry=3)  # type: ignore[arg-type]  # expect-error
    NO_RETRY.max_attempts = 2  # type: ignore[misc]  # expect-error
    print(models.GeneralTextResul())  # type: ignore[attr-defined]  # expect-error
