package dev.liveengine.emulator.account;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.liveengine.emulator.ServiceException;
import dev.liveengine.server.api.AccountApi;
import dev.liveengine.server.api.ErrorCodes;
import dev.liveengine.server.model.AccountCheckRequest;
import dev.liveengine.server.model.AccountCheckResponse;
import dev.liveengine.server.model.AccountCheckResult;
import dev.liveengine.server.model.AccountDeleteRequest;
import dev.liveengine.server.model.AccountDeleteResponse;
import dev.liveengine.server.model.AccountImportRequest;
import dev.liveengine.server.model.AccountItem;
import dev.liveengine.server.model.AccountResult;
import dev.liveengine.server.model.BaseResponse;
import dev.liveengine.server.model.MultiaccountImportRequest;
import dev.liveengine.server.model.MultiaccountImportResponse;
import dev.liveengine.server.model.PortraitGetRequest;
import dev.liveengine.server.model.PortraitGetResponse;
import dev.liveengine.server.model.PortraitSetRequest;
import dev.liveengine.server.model.PortraitSetResponse;
import dev.liveengine.server.model.ProfileItem;
import dev.liveengine.server.model.UserProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Account operations, Chat's account and profile commands that Live uses: import (one or many),
 * check, delete, and the profile fields. An account that was never imported gets its own per-account
 * result (70107), as the service reports it, not a failed call.
 */
public final class AccountProvider implements AccountApi {

    /** The profile tags that account_import's Nick and FaceUrl set. */
    static final String NICK = "Tag_Profile_IM_Nick";
    static final String IMAGE = "Tag_Profile_IM_Image";
    private static final String NOT_IMPORTED_INFO = "Err_TLS_PT_Open_Login_Account_Not_Exist";

    private final AccountStore accounts;

    public AccountProvider(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public BaseResponse accountImport(AccountImportRequest request) {
        importOne(request);
        return new BaseResponse();
    }

    @Override
    public MultiaccountImportResponse multiaccountImport(MultiaccountImportRequest request) {
        // the newer AccountList carries profiles; the legacy Accounts only the IDs. An account that
        // cannot be imported is listed in FailAccounts and the others are imported all the same.
        List<String> failed = new ArrayList<>();
        request.getAccountList().forEach(account -> importOrNote(() -> importOne(account), account.getUserID(), failed));
        request.getAccounts().forEach(userId -> importOrNote(() -> accounts.importAccount(userId, Map.of()), userId, failed));
        return new MultiaccountImportResponse().failAccounts(failed);
    }

    private static void importOrNote(Runnable importing, String userId, List<String> failed) {
        try {
            importing.run();
        } catch (ServiceException refused) {
            failed.add(userId);
        }
    }

    @Override
    public AccountCheckResponse accountCheck(AccountCheckRequest request) {
        List<AccountCheckResult> results = new ArrayList<>();
        for (AccountItem item : request.getCheckItem()) {
            AccountCheckResult result = new AccountCheckResult().accountStatus(accounts.exists(item.getUserID())
                    ? AccountCheckResult.AccountStatusEnum.IMPORTED : AccountCheckResult.AccountStatusEnum.NOT_IMPORTED);
            result.setUserID(item.getUserID());
            result.setResultCode(0);
            result.setResultInfo("");
            results.add(result);
        }
        return new AccountCheckResponse().resultItem(results);
    }

    @Override
    public AccountDeleteResponse accountDelete(AccountDeleteRequest request) {
        List<AccountResult> results = new ArrayList<>();
        for (AccountItem item : request.getDeleteItem()) {
            boolean deleted = accounts.delete(item.getUserID());
            results.add(new AccountResult().userID(item.getUserID())
                    .resultCode(deleted ? 0 : ErrorCodes.USER_NOT_IMPORTED).resultInfo(deleted ? "" : NOT_IMPORTED_INFO));
        }
        return new AccountDeleteResponse().resultItem(results);
    }

    @Override
    public PortraitSetResponse portraitSet(PortraitSetRequest request) {
        if (!accounts.exists(request.getFromAccount())) {
            // the profile service's own code for an account that does not exist, as portrait_get reports it
            throw new ServiceException(ErrorCodes.PROFILE_ACCOUNT_NOT_FOUND, "account " + request.getFromAccount() + " has not been imported");
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        request.getProfileItem().forEach(item -> changes.put(item.getTag(), plain(item.getValue())));
        accounts.setProfile(request.getFromAccount(), changes);
        return new PortraitSetResponse().errorDisplay("");
    }

    /**
     * One entry per requested user, in request order; a user that was never imported gets an entry
     * with 40003 and no fields, and is listed in Fail_Account, which is left out when no user failed.
     */
    @Override
    public PortraitGetResponse portraitGet(PortraitGetRequest request) {
        List<UserProfile> profiles = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (String userId : request.getToAccount()) {
            UserProfile entry = new UserProfile().toAccount(userId);
            accounts.find(userId).ifPresentOrElse(account -> entry.resultCode(0).resultInfo("")
                    .profileItem(request.getTagList().stream().filter(account.profile()::containsKey)
                            .map(tag -> new ProfileItem().tag(tag).value(json(account.profile().get(tag)))).toList()),
                    () -> {
                        entry.resultCode(ErrorCodes.PROFILE_ACCOUNT_NOT_FOUND).resultInfo("account " + userId + " has not been imported")
                                .profileItem(null);
                        failed.add(userId);
                    });
            profiles.add(entry);
        }
        return new PortraitGetResponse().userProfileItem(profiles).failAccount(failed.isEmpty() ? null : failed).errorDisplay("");
    }

    private void importOne(AccountImportRequest request) {
        Map<String, Object> profile = new LinkedHashMap<>();
        if (request.getNick() != null) {
            profile.put(NICK, request.getNick());
        }
        if (request.getFaceUrl() != null) {
            profile.put(IMAGE, request.getFaceUrl());
        }
        accounts.importAccount(request.getUserID(), profile);
    }

    /** A profile value in the emulator's terms: a string, or a whole number. */
    private static Object plain(JsonNode value) {
        return value.isIntegralNumber() ? (Object) value.longValue() : value.asText();
    }

    private static JsonNode json(Object value) {
        return value instanceof Long number ? JsonNodeFactory.instance.numberNode(number) : JsonNodeFactory.instance.textNode(value.toString());
    }
}
